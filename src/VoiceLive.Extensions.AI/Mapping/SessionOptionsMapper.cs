using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// <see cref="RealtimeSessionOptions"/> → the <see cref="RequestSession"/> of <c>session.update</c>. The object
    /// returned by <see cref="RealtimeSessionOptions.RawRepresentationFactory"/> is the starting point and what it sets
    /// wins; the typed options fill in only what it leaves unset (tools are added to its tools).
    /// </summary>
    internal static class SessionOptionsMapper
    {
        public static RequestSession ToRequestSession(RealtimeSessionOptions options)
        {
            if (options.SessionKind == RealtimeSessionKind.Transcription)
            {
                throw new NotSupportedException(
                    "RealtimeSessionKind.Transcription is not supported by the Voice Live provider: Voice Live transcribes within a "
                    + "conversation session (set TranscriptionOptions, and OutputModalities to text if no spoken reply is wanted).");
            }

            RequestSession session = CreateRaw(options);

            session.Instructions ??= options.Instructions;
            if (options.Voice is not null)
            {
                session.Voice ??= VoiceMapper.ToVoice(options.Voice);
            }

            if (options.InputAudioFormat is not null && session.InputAudioFormat is null)
            {
                (InputAudioFormat format, int? rate) = AudioFormatMapper.ToInputFormat(options.InputAudioFormat);
                session.InputAudioFormat = format;
                session.InputAudioSamplingRate ??= rate;
            }

            if (options.OutputAudioFormat is not null)
            {
                session.OutputAudioFormat ??= AudioFormatMapper.ToOutputFormat(options.OutputAudioFormat);
            }

            if (options.TranscriptionOptions is not null)
            {
                session.InputAudioTranscription ??= ToTranscription(options.TranscriptionOptions);
            }

            if (options.VoiceActivityDetection is not null)
            {
                session.TurnDetection ??= ToTurnDetection(options.VoiceActivityDetection);
            }

            if (options.MaxOutputTokens is int maxTokens)
            {
                session.MaxResponseOutputTokens ??= new MaxOutputTokens(maxTokens);
            }

            if (options.OutputModalities is { } modalities && session.Modalities.Count == 0)
            {
                var list = new List<Modality>();
                foreach (string modality in modalities)
                {
                    list.Add(new Modality(modality));
                }

                // Assigned (not added to) so that an empty list is sent as empty.
                session.Modalities = list;
            }

            if (options.ToolMode is not null)
            {
                session.ToolChoice ??= ToolMapper.ToToolChoice(options.ToolMode);
            }

            if (options.Tools is { } tools)
            {
                ToolMapper.AddTools(session.Tools, tools);
            }

            return session;
        }

        /// <summary>
        /// The session's options after a <c>session.update</c> with <paramref name="update"/>: like the service, every
        /// property the update leaves unset keeps its value. The tool objects themselves are kept, because function
        /// invocation middleware looks its <see cref="AIFunction"/>s up there.
        /// </summary>
        public static RealtimeSessionOptions Merge(RealtimeSessionOptions? current, RealtimeSessionOptions update)
        {
            if (current is null)
            {
                return update;
            }

            return new RealtimeSessionOptions
            {
                SessionKind = update.SessionKind,
                Model = update.Model ?? current.Model,
                InputAudioFormat = update.InputAudioFormat ?? current.InputAudioFormat,
                OutputAudioFormat = update.OutputAudioFormat ?? current.OutputAudioFormat,
                TranscriptionOptions = update.TranscriptionOptions ?? current.TranscriptionOptions,
                Voice = update.Voice ?? current.Voice,
                Instructions = update.Instructions ?? current.Instructions,
                MaxOutputTokens = update.MaxOutputTokens ?? current.MaxOutputTokens,
                OutputModalities = update.OutputModalities ?? current.OutputModalities,
                ToolMode = update.ToolMode ?? current.ToolMode,
                Tools = update.Tools ?? current.Tools,
                VoiceActivityDetection = update.VoiceActivityDetection ?? current.VoiceActivityDetection,
                RawRepresentationFactory = update.RawRepresentationFactory ?? current.RawRepresentationFactory,
            };
        }

        private static RequestSession CreateRaw(RealtimeSessionOptions options)
        {
            object? raw = options.RawRepresentationFactory?.Invoke();
            return raw switch
            {
                null => new RequestSession(),
                RequestSession session => session,
                _ => throw new ArgumentException(
                    $"RawRepresentationFactory returned a {raw.GetType().FullName}; the Voice Live provider expects a new VoiceLive.RequestSession.",
                    nameof(options)),
            };
        }

        private static AudioInputTranscriptionOptions ToTranscription(TranscriptionOptions options)
        {
            // Azure Speech is Voice Live's own recognizer and takes a language; the OpenAI models are named by ModelId.
            var transcription = new AudioInputTranscriptionOptions(
                string.IsNullOrEmpty(options.ModelId) ? InputAudioTranscriptionModel.AzureSpeech : new InputAudioTranscriptionModel(options.ModelId!))
            {
                Language = options.SpeechLanguage,
                Prompt = options.Prompt,
            };
            return transcription;
        }

        private static TurnDetection ToTurnDetection(VoiceActivityDetectionOptions vad)
        {
            // Protocol: turn_detection null disables server VAD; the client then commits and creates responses itself.
            return vad.Enabled ? new ServerVad { InterruptResponse = vad.AllowInterruption } : TurnDetection.Disabled;
        }
    }
}
