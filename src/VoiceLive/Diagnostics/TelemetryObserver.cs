using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using VoiceLive.Agents;

namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// Follows one connection's traffic through the observer seam and turns it into the <c>VoiceLive</c> spans and
    /// metrics. Attached by the connection only when an ActivityListener or MeterListener is interested; a connection
    /// nobody observes never creates one. Callbacks come from the reader and from senders at once: state is under one lock.
    /// </summary>
    internal sealed partial class TelemetryObserver : ConnectionObserver
    {
        // A finished response's call ids stay findable for the tool runner this long (calls run after response.done).
        private const int RememberedCalls = 64;

        private readonly object _gate = new object();
        private readonly ConnectTelemetry? _connect;
        private readonly TagList _connectionTags;
        private readonly Dictionary<string, ResponseTelemetry> _responses = new Dictionary<string, ResponseTelemetry>(StringComparer.Ordinal);
        private readonly Dictionary<string, ActivityContext> _callParents = new Dictionary<string, ActivityContext>(StringComparer.Ordinal);
        private readonly Queue<string> _callOrder = new Queue<string>();
        private readonly Queue<long> _pendingCreates = new Queue<long>();
        private ResponseTelemetry? _latestResponse;
        private long? _speechStoppedAt;
        private string? _model;
        private string? _sessionId;
        private string? _instructions;
        private string? _inputTranscript;
        private int _inputBytesPerSecond = AudioDuration.DefaultPcm16BytesPerSecond;
        private int _outputBytesPerSecond = AudioDuration.DefaultPcm16BytesPerSecond;
        private int _closed;

        public TelemetryObserver(ConnectTelemetry? connect, bool recordContent, TimeProvider clock)
        {
            _connect = connect;
            Clock = clock;
            _model = connect?.Model;
            RecordContent = recordContent;
            _connectionTags = new TagList { { TelemetryNames.GenAiProviderName, TelemetryNames.GenAiProviderNameValue } };
            if (connect is not null)
            {
                _connectionTags.Add(TelemetryNames.ServerAddress, connect.ServerAddress);
                _connectionTags.Add(TelemetryNames.ServerPort, connect.ServerPort);
            }

            VoiceLiveTelemetry.ConnectionActive.Add(1, _connectionTags);
        }

        /// <summary>The clock every duration of this connection is measured on (<see cref="VoiceLiveClientOptions.TimeProvider"/>).</summary>
        public TimeProvider Clock { get; }

        /// <summary>Whether transcripts, instructions and tool arguments are recorded (the app opted in).</summary>
        public bool RecordContent { get; }

        /// <summary>The span context of the response that asked for <paramref name="callId"/>, or null when unknown.</summary>
        public ActivityContext? FindResponseContext(string callId)
        {
            lock (_gate)
            {
                return _callParents.TryGetValue(callId, out ActivityContext context) ? context : (ActivityContext?)null;
            }
        }

        /// <summary>Metric tags of <paramref name="operation"/> on this connection.</summary>
        public TagList MetricTags(string operation)
        {
            lock (_gate)
            {
                return VoiceLiveTelemetry.MetricTags(_connect, _model, operation);
            }
        }

        public override void OnReceived(VoiceLiveConnection connection, ServerEvent serverEvent)
        {
            lock (_gate)
            {
                switch (serverEvent)
                {
                    case ServerEventResponseAudioDelta audio:
                        OnOutput(audio.ResponseId, isAudio: true);
                        VoiceLiveTelemetry.AudioOutputDuration.Add(audio.Delta.Length / (double)_outputBytesPerSecond, MetricTags());
                        break;
                    case ServerEventResponseAudioTranscriptDelta transcript:
                        OnOutput(transcript.ResponseId, isAudio: false);
                        break;
                    case ServerEventResponseTextDelta text:
                        OnOutput(text.ResponseId, isAudio: false);
                        break;
                    case ServerEventResponseFunctionCallArgumentsDelta arguments:
                        OnOutput(arguments.ResponseId, isAudio: false);
                        break;
                    case ServerEventResponseFunctionCallArgumentsDone call:
                        OnFunctionCall(call);
                        break;
                    case ServerEventResponseAudioTranscriptDone transcriptDone:
                        OnOutputText(transcriptDone.ResponseId, transcriptDone.Transcript);
                        break;
                    case ServerEventResponseTextDone textDone:
                        OnOutputText(textDone.ResponseId, textDone.Text);
                        break;
                    case ServerEventInputAudioBufferSpeechStopped:
                        _speechStoppedAt = Clock.GetTimestamp();
                        break;
                    case ServerEventConversationItemInputAudioTranscriptionCompleted input when RecordContent:
                        _inputTranscript = input.Transcript;
                        break;
                    case ServerEventResponseCreated created:
                        StartResponse(created.Response);
                        break;
                    case ServerEventResponseDone done:
                        EndResponse(done.Response);
                        break;
                    case ServerEventSessionCreated sessionCreated:
                        OnSession(sessionCreated.Session);
                        break;
                    case ServerEventSessionUpdated sessionUpdated:
                        OnSession(sessionUpdated.Session);
                        break;
                    case ServerEventError error:
                        OnError(error.Error);
                        break;
                    case MalformedServerEvent malformed:
                        VoiceLiveTelemetry.EventsMalformed.Add(1, new KeyValuePair<string, object?>(TelemetryNames.EventType, string.IsNullOrEmpty(malformed.ClaimedType) ? "unknown" : malformed.ClaimedType));
                        break;
                }
            }
        }

        public override void OnSent(VoiceLiveConnection connection, ClientEvent clientEvent)
        {
            switch (clientEvent)
            {
                case ClientEventResponseCreate:
                    OnResponseCreateSent();
                    break;
                case ClientEventSessionUpdate update when RecordContent && update.Session.Instructions is string instructions:
                    lock (_gate)
                    {
                        _instructions = instructions;
                    }

                    break;
            }
        }

        public override void OnRawSent(VoiceLiveConnection connection, string eventType, ReadOnlySpan<byte> json)
        {
            if (eventType == WireNames.ResponseCreate)
            {
                OnResponseCreateSent();
            }
        }

        public override void OnAudioAppended(VoiceLiveConnection connection, int byteCount)
        {
            if (VoiceLiveTelemetry.AudioInputDuration.Enabled)
            {
                lock (_gate)
                {
                    VoiceLiveTelemetry.AudioInputDuration.Add(byteCount / (double)_inputBytesPerSecond, MetricTags());
                }
            }
        }

        public override void OnClosed(VoiceLiveConnection connection, int status, string? description)
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
            {
                return;
            }

            VoiceLiveTelemetry.ConnectionActive.Add(-1, _connectionTags);
            TagList closedTags = _connectionTags;
            closedTags.Add(TelemetryNames.CloseCode, status);
            VoiceLiveTelemetry.ConnectionClosed.Add(1, closedTags);

            lock (_gate)
            {
                // A response still open when the connection ends will never see response.done.
                foreach (ResponseTelemetry response in _responses.Values)
                {
                    if (response.Activity is Activity activity)
                    {
                        activity.SetTag(TelemetryNames.ErrorType, "connection_closed");
                        activity.SetStatus(ActivityStatusCode.Error, $"The connection closed ({status}) before response.done.");
                        activity.Stop();
                    }
                }

                _responses.Clear();
                _latestResponse = null;
            }
        }

        private void OnResponseCreateSent()
        {
            lock (_gate)
            {
                _pendingCreates.Enqueue(Clock.GetTimestamp());
            }
        }

        private void OnSession(ResponseSession session)
        {
            _sessionId = session.Id ?? _sessionId;
            _model ??= session.Model;
            _inputBytesPerSecond = AudioDuration.InputBytesPerSecond(session.InputAudioFormat, session.InputAudioSamplingRate);
            _outputBytesPerSecond = AudioDuration.OutputBytesPerSecond(session.OutputAudioFormat);

            // session.created arrives while the connect span is still open: it carries the session id, as in the Python package.
            if (_connect?.Activity is Activity connect && !connect.IsStopped)
            {
                connect.SetTag(TelemetryNames.VoiceSessionId, _sessionId);
                connect.SetTag(TelemetryNames.VoiceInputAudioFormat, session.InputAudioFormat?.ToString());
                connect.SetTag(TelemetryNames.VoiceOutputAudioFormat, session.OutputAudioFormat?.ToString());
            }
        }

        private void OnError(ServerEventErrorDetails error)
        {
            Activity? target = _latestResponse?.Activity
                ?? (_connect?.Activity is Activity connect && !connect.IsStopped ? connect : null);
            target?.AddEvent(new ActivityEvent(TelemetryNames.VoiceErrorEvent, tags: new ActivityTagsCollection
            {
                { TelemetryNames.ErrorType, error.Type },
                { TelemetryNames.ErrorCode, error.Code },
                { TelemetryNames.ErrorMessage, error.Message },
            }));
        }

        private TagList MetricTags() => VoiceLiveTelemetry.MetricTags(_connect, _model, TelemetryNames.OperationResponse);
    }
}
