using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>The log probability of one transcribed token (<c>logprobs[]</c> of transcription events).</summary>
    public sealed class LogProbProperties
    {
        private IList<int> _bytes = new OptionalList<int>();

        /// <summary>The token (<c>token</c>).</summary>
        [JsonPropertyName("token")]
        public string Token { get; set; } = string.Empty;

        /// <summary>Its log probability (<c>logprob</c>).</summary>
        [JsonPropertyName("logprob")]
        public double Logprob { get; set; }

        /// <summary>The UTF-8 bytes of the token (<c>bytes</c>).</summary>
        [JsonPropertyName("bytes")]
        public IList<int> Bytes
        {
            get => _bytes;
            set => _bytes = value ?? new OptionalList<int>();
        }
    }
}
