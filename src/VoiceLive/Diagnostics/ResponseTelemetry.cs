using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace VoiceLive.Diagnostics
{
    /// <summary>One response between its start (response.create sent, or the end of the user's speech) and response.done.</summary>
    internal sealed class ResponseTelemetry
    {
        public ResponseTelemetry(string id, Activity? activity, long startTimestamp, string trigger)
        {
            Id = id;
            Activity = activity;
            StartTimestamp = startTimestamp;
            Trigger = trigger;
        }

        public string Id { get; }

        /// <summary>The <c>response</c> span, or null when only metrics listen.</summary>
        public Activity? Activity { get; }

        /// <summary>When the turn ended for the client: response.create sent, or speech stopped; latencies count from here.</summary>
        public long StartTimestamp { get; }

        /// <summary>What started the response (<c>response.create</c>, <c>turn_detection</c>, <c>service</c>).</summary>
        public string Trigger { get; }

        public bool SawOutput { get; set; }

        public bool SawAudio { get; set; }

        public bool SawText { get; set; }

        /// <summary>The transcript or text of the reply, collected only when content is recorded.</summary>
        public StringBuilder? OutputText { get; set; }

        public List<string> CallIds { get; } = new List<string>();
    }
}
