using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Emulator;

namespace VoiceLive.Samples.PhoneBridge
{
    /// <summary>
    /// A scripted phone side speaking the Twilio Media Streams protocol, as Twilio does for a call: <c>connected</c>,
    /// <c>start</c>, 20 ms <c>media</c> frames of 8 kHz μ-law (sent with <see cref="AudioPacer"/>), <c>stop</c>. It
    /// plays what the bridge sends at real-time pace on a simulated handset (playback starts when audio arrives and
    /// runs 8,000 bytes per second), echoes each <c>mark</c> when playback reaches it, and on <c>clear</c> drops the
    /// queued audio and echoes the pending marks at once, as Twilio does. It transcribes what it heard with the
    /// emulator's decoder.
    /// </summary>
    public sealed class SimulatedCaller : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private readonly ArrayBufferWriter<byte> _outgoing = new(4096);
        private readonly List<byte> _heard = new();
        private readonly object _gate = new();
        private readonly string _streamSid;
        private readonly CancellationTokenSource _stop = new();
        private Task _reader = Task.CompletedTask;
        private TaskCompletionSource<bool> _heardSomething = NewSignal();
        private readonly System.Threading.Channels.Channel<(string Name, long Due, int Epoch)> _marks =
            System.Threading.Channels.Channel.CreateUnbounded<(string, long, int)>();
        private Task _acknowledger = Task.CompletedTask;
        private long _chunk;
        private long _playheadEnd;
        private int _epoch;

        private SimulatedCaller(string streamSid)
        {
            _streamSid = streamSid;
        }

        /// <summary>The <c>clear</c> messages received.</summary>
        public int Clears { get; private set; }

        /// <summary>The <c>mark</c> names received from the bridge, in order.</summary>
        public List<string> ReceivedMarks { get; } = new();

        /// <summary>The <c>mark</c> names echoed because playback reached them (not those echoed by a <c>clear</c>).</summary>
        public List<string> PlayedMarks { get; } = new();

        /// <summary>True when every mark received so far was reached by playback (nothing queued on the handset).</summary>
        public bool HasPlayedEverything
        {
            get { lock (_gate) { return PlayedMarks.Count == ReceivedMarks.Count; } }
        }

        /// <summary>Bytes of μ-law heard since the last <c>clear</c>.</summary>
        public int HeardBytes
        {
            get { lock (_gate) { return _heard.Count; } }
        }

        /// <summary>Connects to the bridge and starts the call (<c>connected</c>, <c>start</c>).</summary>
        public static async Task<SimulatedCaller> CallAsync(Uri mediaStream, string streamSid, CancellationToken cancellationToken)
        {
            var caller = new SimulatedCaller(streamSid);
            await caller._socket.ConnectAsync(mediaStream, cancellationToken).ConfigureAwait(false);
            await caller.SendAsync(w => TwilioMessages.WriteConnected(w), cancellationToken).ConfigureAwait(false);
            await caller.SendAsync(w => TwilioMessages.WriteStart(w, streamSid, "CA" + streamSid), cancellationToken).ConfigureAwait(false);
            caller._reader = Task.Run(() => caller.ReadAsync(caller._stop.Token), CancellationToken.None);
            caller._acknowledger = Task.Run(() => caller.AcknowledgeAsync(caller._stop.Token), CancellationToken.None);
            return caller;
        }

        /// <summary>Says <paramref name="text"/> in the emulator's synthetic speech (8 kHz, μ-law), followed by silence.</summary>
        /// <param name="text">What to say.</param>
        /// <param name="realTime">Pace the frames like a live call (20 ms each), or send them as fast as possible.</param>
        /// <param name="cancellationToken">Stops speaking.</param>
        public Task SayAsync(string text, bool realTime, CancellationToken cancellationToken)
        {
            short[] speech = EmulatorSpeech.Synthesize(text, 8000);
            var pcm = new short[speech.Length + 8000]; // a second of silence ends the turn for server VAD
            speech.CopyTo(pcm, 0);
            var pacer = new AudioPacer(SendMediaAsync, new AudioPacerOptions { Format = InputAudioFormat.G711Ulaw, RealTime = realTime });
            return pacer.SendAsync(AudioSamples.AsBytes(pcm).ToArray(), 8000, cancellationToken: cancellationToken);
        }

        /// <summary>What the caller heard so far, decoded and transcribed.</summary>
        public string TranscribeHeard()
        {
            byte[] muLaw;
            lock (_gate)
            {
                muLaw = _heard.ToArray();
            }

            var pcm = new short[muLaw.Length];
            G711.DecodeMuLaw(muLaw, pcm);
            return EmulatorSpeech.Transcribe(pcm, 8000);
        }

        /// <summary>Waits until what was heard transcribes to a text that satisfies <paramref name="match"/>.</summary>
        public async Task<string> WaitUntilHeardAsync(Func<string, bool> match, TimeSpan timeout)
        {
            string heard = string.Empty;
            await WaitUntilAsync(() => match(heard = TranscribeHeard()), timeout, () => "the expected reply; it heard: " + heard).ConfigureAwait(false);
            return heard;
        }

        /// <summary>Waits until at least <paramref name="bytes"/> of reply audio arrived.</summary>
        public Task WaitUntilHeardBytesAsync(int bytes, TimeSpan timeout)
            => WaitUntilAsync(() => HeardBytes >= bytes, timeout, () => $"{bytes} bytes of reply audio; it heard {HeardBytes}");

        /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever a message arrives or a mark is played.</summary>
        public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string>? describe = null)
        {
            using var limit = new CancellationTokenSource(timeout);
            while (true)
            {
                Task signal;
                lock (_gate)
                {
                    signal = _heardSomething.Task;
                }

                if (condition())
                {
                    return;
                }

                Task winner = await Task.WhenAny(signal, Task.Delay(Timeout.Infinite, limit.Token)).ConfigureAwait(false);
                if (winner != signal)
                {
                    throw new TimeoutException($"The caller waited {timeout} for {describe?.Invoke() ?? "a condition"}.");
                }
            }
        }

        /// <summary>Ends the call (<c>stop</c>, then the WebSocket close).</summary>
        public async Task HangUpAsync(CancellationToken cancellationToken)
        {
            // The bridge answers stop by closing the stream; complete the close handshake.
            await SendAsync(w => TwilioMessages.WriteStop(w, _streamSid), cancellationToken).ConfigureAwait(false);
            await _reader.ConfigureAwait(false);
            _marks.Writer.TryComplete();
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "call ended", cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Closes the socket.</summary>
        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _marks.Writer.TryComplete();
            try
            {
                await _reader.ConfigureAwait(false);
                await _acknowledger.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The call was torn down from this side; the reader's end is expected.
            }

            _socket.Dispose();
            _stop.Dispose();
            _sendLock.Dispose();
        }

        private ValueTask SendMediaAsync(ReadOnlyMemory<byte> muLaw, CancellationToken cancellationToken)
        {
            long chunk = ++_chunk;
            return new ValueTask(SendAsync(w => TwilioMessages.WriteInboundMedia(w, _streamSid, chunk, chunk * 20, muLaw.Span), cancellationToken));
        }

        private async Task SendAsync(Action<IBufferWriter<byte>> write, CancellationToken cancellationToken)
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _outgoing.Clear();
                write(_outgoing);
                await _socket.SendAsync(_outgoing.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        private async Task ReadAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                int count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                    count += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _marks.Writer.TryComplete();
                    return;
                }

                using JsonDocument message = JsonDocument.Parse(buffer.AsMemory(0, count));
                JsonElement root = message.RootElement;
                switch (TwilioMessages.EventOf(root))
                {
                    case "media":
                        byte[] payload = TwilioMessages.PayloadOf(root);
                        lock (_gate)
                        {
                            _heard.AddRange(payload);
                            long now = System.Diagnostics.Stopwatch.GetTimestamp();
                            _playheadEnd = Math.Max(now, _playheadEnd) + (payload.Length * System.Diagnostics.Stopwatch.Frequency / 8000);
                        }

                        break;
                    case "mark":
                        string name = TwilioMessages.StringAt(root, "mark", "name") ?? string.Empty;
                        lock (_gate)
                        {
                            ReceivedMarks.Add(name);
                            _marks.Writer.TryWrite((name, _playheadEnd, _epoch));
                        }

                        break;
                    case "clear":
                        lock (_gate)
                        {
                            Clears++;
                            _heard.Clear();
                            _epoch++;
                            _playheadEnd = System.Diagnostics.Stopwatch.GetTimestamp();
                        }

                        break;
                }

                Signal();
            }
        }

        // Wakes the waiters of WaitUntilAsync to re-check their condition.
        private void Signal()
        {
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                signal = _heardSomething;
                _heardSomething = NewSignal();
            }

            signal.TrySetResult(true);
        }

        // The handset's playout: each mark is echoed when playback reaches it, or at once after a clear.
        private async Task AcknowledgeAsync(CancellationToken cancellationToken)
        {
            await foreach ((string name, long due, int epoch) in _marks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                TimeSpan wait = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), due);
                while (wait > TimeSpan.Zero && Volatile.Read(ref _epoch) == epoch)
                {
                    // Simulated playback time, checked every 10 ms so that a clear echoes the pending marks at once.
                    await Task.Delay(wait < TimeSpan.FromMilliseconds(10) ? wait : TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
                    wait = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), due);
                }

                lock (_gate)
                {
                    if (_epoch == epoch)
                    {
                        PlayedMarks.Add(name);
                    }
                }

                Signal();

                try
                {
                    await SendAsync(w => TwilioMessages.WriteMark(w, _streamSid, name), cancellationToken).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                    return; // the call ended with marks still queued
                }
            }
        }

        private static TaskCompletionSource<bool> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
