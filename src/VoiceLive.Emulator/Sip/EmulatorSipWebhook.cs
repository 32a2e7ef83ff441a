using System;
using System.Collections.Generic;

namespace VoiceLive.Emulator
{
    /// <summary>A webhook registered with the emulator (through <c>POST /voice-agent/realtime/sip/webhooks</c>).</summary>
    public sealed class EmulatorSipWebhook
    {
        internal EmulatorSipWebhook(string id, Uri url, string secret, long createdAt)
        {
            Id = id;
            Url = url;
            SigningSecret = secret;
            CreatedAt = createdAt;
            UpdatedAt = createdAt;
        }

        /// <summary>The registration's <c>wh_…</c> id.</summary>
        public string Id { get; }

        /// <summary>Where deliveries go.</summary>
        public Uri Url { get; internal set; }

        /// <summary>The name, or null.</summary>
        public string? Name { get; internal set; }

        /// <summary>The subscribed event types (<c>*</c> for all).</summary>
        public IReadOnlyList<string> EventTypes { get; internal set; } = new[] { "*" };

        /// <summary>Whether deliveries are made.</summary>
        public bool Enabled { get; internal set; } = true;

        /// <summary>The current signing secret.</summary>
        public string SigningSecret { get; internal set; }

        /// <summary>The secret before the last rotation, still signed with during the grace period (the emulator keeps it until the next rotation).</summary>
        public string? PreviousSigningSecret { get; internal set; }

        internal string? SupportInfoJson { get; set; }

        internal long CreatedAt { get; }

        internal long UpdatedAt { get; set; }

        internal bool Wants(string type) => Enabled && (EventTypesContains("*") || EventTypesContains(type));

        private bool EventTypesContains(string type)
        {
            foreach (string t in EventTypes)
            {
                if (t == type)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
