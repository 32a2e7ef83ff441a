using System.Text.Json.Nodes;
using VoiceLive.Protocol.Json;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The wire shape chosen by the <c>api-version</c> query: <c>v1</c> speaks the OpenAI GA Realtime shape (GA event
    /// names, nested session and response objects, <c>session.type</c>), every other version the flat shape the
    /// handlers work in. Translation happens only here, at the receive and send boundary.
    /// </summary>
    internal sealed partial class SessionHandler
    {
        private bool? _speaksV1;

        // Set by a transcription-only session update (session.type "transcription", or transcription_session.update).
        private bool _transcriptionSession;

        private bool SpeaksV1 => _speaksV1 ??= V1WireShape.IsV1(_handshake.Query.TryGetValue("api-version", out string? version) ? version : null);

        /// <summary>A received event in the flat shape (in place); returns the event type the handlers dispatch on.</summary>
        private string FromWireShape(JsonObject evt, string type)
        {
            bool? transcription = null;
            if (type == "transcription_session.update")
            {
                // The dated versions' transcription-only session: the same session object, applied as session.update.
                type = "session.update";
                evt["type"] = type;
                transcription = true;
            }
            else if (SpeaksV1)
            {
                type = V1WireShape.ClientFromV1(evt, type, out transcription);
            }

            if (transcription is bool isTranscription)
            {
                _transcriptionSession = isTranscription;
                if (isTranscription && evt["session"] is JsonObject session && session["turn_detection"] is JsonObject vad)
                {
                    // Protocol: a transcription session transcribes turns and never answers them.
                    vad["create_response"] = false;
                }
            }

            return type;
        }

        /// <summary>An event about to be sent, in the connection's wire shape (a translated copy under v1).</summary>
        private JsonObject ToWireShape(JsonObject evt)
        {
            if (!SpeaksV1)
            {
                return evt;
            }

            // The handlers keep the items and sessions they send: translate a copy, never their objects.
            JsonObject wire = evt.ContainsKey("session") || evt.ContainsKey("response") || evt.ContainsKey("item")
                ? (JsonObject)evt.DeepClone()
                : evt;
            V1WireShape.ServerToV1(wire, _transcriptionSession ? V1WireShape.TranscriptionSession : V1WireShape.RealtimeSession);
            return wire;
        }
    }
}
