using System;

namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>
    /// Limits and session settings of the relay, bound from the <c>BrowserAssistant</c> configuration section
    /// (appsettings.json, environment variables such as <c>BrowserAssistant__MaxSessions</c>, or the command line).
    /// </summary>
    public sealed class RelayOptions
    {
        /// <summary>The configuration section these options are read from.</summary>
        public const string SectionName = "BrowserAssistant";

        /// <summary>
        /// Origins (<c>https://host[:port]</c>) allowed to open the relay. Empty: only pages served by this host
        /// (the <c>Origin</c> must name the host the request was sent to).
        /// </summary>
        public string[] AllowedOrigins { get; set; } = Array.Empty<string>();

        /// <summary>Largest binary (audio) message the page may send; larger closes the relay with 1009.</summary>
        public int MaxAudioFrameBytes { get; set; } = 32 * 1024;

        /// <summary>Largest JSON message the page may send; larger closes the relay with 1009.</summary>
        public int MaxJsonMessageBytes { get; set; } = 4 * 1024;

        /// <summary>Messages of any kind per second (sustained; the same number may arrive in one burst).</summary>
        public int MaxMessagesPerSecond { get; set; } = 100;

        /// <summary>
        /// Audio bytes per second (sustained). 24 kHz PCM16 is 48,000 B/s; the default allows twice real time, and a
        /// burst of two seconds' worth, so a page catching up after a stall is not cut off.
        /// </summary>
        public int MaxAudioBytesPerSecond { get; set; } = 96_000;

        /// <summary>Concurrent relay sessions this process accepts; further pages get HTTP 503.</summary>
        public int MaxSessions { get; set; } = 500;

        /// <summary>The Azure voice the assistant speaks with.</summary>
        public string Voice { get; set; } = "en-US-AvaNeural";

        /// <summary>The model's instructions for every session.</summary>
        public string Instructions { get; set; } = "You are a friendly voice assistant. Keep answers short.";
    }
}
