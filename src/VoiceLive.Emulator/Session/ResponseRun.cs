using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>One response being streamed: its settings, cancellation, and the items it produced so far.</summary>
    internal sealed class ResponseRun
    {
        public ResponseRun(string id, CancellationToken lifetime)
        {
            Id = id;
            Cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        }

        public string Id { get; }

        public CancellationTokenSource Cancellation { get; }

        public Task Task { get; set; } = Task.CompletedTask;

        /// <summary><c>turn_detected</c> or <c>client_cancelled</c> once cancelled.</summary>
        public string? CancelReason { get; set; }

        /// <summary>Why the response failed (a responder exception), for <c>status_details.error.message</c>.</summary>
        public string? FailureMessage { get; set; }

        public bool AudioOutput { get; init; }

        public string OutputAudioFormat { get; init; } = "pcm16";

        public required JsonObject Response { get; init; }

        public required EmulatorResponderContext Context { get; init; }

        public List<ConversationItem> Output { get; } = new();

        /// <summary>Milliseconds of reply audio sent so far; <c>auto_truncate</c> cuts the item there on barge-in.</summary>
        public int AudioSentMs { get; set; }

        public int OutputTextTokens { get; set; }

        public int OutputAudioTokens { get; set; }
    }
}
