using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace VoiceLive.BrowserTests
{
    /// <summary>What the page shows and counts at one moment: its transcript and <c>window.voiceAssistant</c>.</summary>
    public sealed class ConversationSnapshot
    {
        private const string Script = """
            () => JSON.stringify({
              state: window.voiceAssistant.state,
              deviceRate: window.voiceAssistant.deviceRate,
              stats: window.voiceAssistant.stats,
              message: document.getElementById('message').hidden ? '' : document.getElementById('message').textContent,
              turns: [...document.querySelectorAll('.turn')].map(t => ({
                role: t.classList.contains('user') ? 'user' : 'assistant',
                itemId: t.dataset.itemId,
                text: t.querySelector('.text').textContent,
                badge: t.querySelector('.badge').textContent,
              })),
            })
            """;

        public sealed record AssistantTurn(string ItemId, string Text, string Badge);

        public sealed record BargeIn(string ItemId, int PlayedSamples, int DroppedSamples);

        public sealed record Truncation(string ItemId, int AudioEndMs);

        private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };

        private string _raw = "";

        public string State { get; private set; } = "";

        /// <summary>The AudioContext's rate, which the worklets resample from and to (null before Start).</summary>
        public int? DeviceRate { get; private set; }

        public string Message { get; private set; } = "";

        public IReadOnlyList<string> UserTexts { get; private set; } = new List<string>();

        public IReadOnlyList<AssistantTurn> Assistant { get; private set; } = new List<AssistantTurn>();

        public IReadOnlyList<BargeIn> BargeIns { get; private set; } = new List<BargeIn>();

        public IReadOnlyList<Truncation> Truncations { get; private set; } = new List<Truncation>();

        public IReadOnlyDictionary<string, int> ItemsPlayed { get; private set; } = new Dictionary<string, int>();

        public int SamplesPlayed { get; private set; }

        /// <summary>Every state the page showed, in order.</summary>
        public IReadOnlyList<string> States { get; private set; } = new List<string>();

        public IReadOnlyList<string> FatalErrors { get; private set; } = new List<string>();

        public static async Task<ConversationSnapshot> ReadAsync(IPage page)
        {
            string raw = await page.EvaluateAsync<string>(Script);
            Raw parsed = JsonSerializer.Deserialize<Raw>(raw, s_json)!;
            return new ConversationSnapshot
            {
                _raw = raw,
                State = parsed.State,
                DeviceRate = parsed.DeviceRate,
                Message = parsed.Message,
                UserTexts = parsed.Turns.Where(t => t.Role == "user").Select(t => t.Text).ToList(),
                Assistant = parsed.Turns.Where(t => t.Role == "assistant").Select(t => new AssistantTurn(t.ItemId, t.Text, t.Badge)).ToList(),
                BargeIns = parsed.Stats.BargeIns,
                Truncations = parsed.Stats.Truncations,
                ItemsPlayed = parsed.Stats.ItemsPlayed,
                SamplesPlayed = parsed.Stats.SamplesPlayed,
                States = parsed.Stats.States,
                FatalErrors = parsed.Stats.Errors.Where(e => e.Fatal).Select(e => $"{e.Code}: {e.Message}").ToList(),
            };
        }

        public string Describe() => _raw;

        private sealed class Raw
        {
            public string State { get; set; } = "";

            public int? DeviceRate { get; set; }

            public string Message { get; set; } = "";

            public RawStats Stats { get; set; } = new RawStats();

            public List<RawTurn> Turns { get; set; } = new List<RawTurn>();
        }

        private sealed class RawStats
        {
            public int SamplesPlayed { get; set; }

            public List<string> States { get; set; } = new List<string>();

            public Dictionary<string, int> ItemsPlayed { get; set; } = new Dictionary<string, int>();

            public List<BargeIn> BargeIns { get; set; } = new List<BargeIn>();

            public List<Truncation> Truncations { get; set; } = new List<Truncation>();

            public List<RawError> Errors { get; set; } = new List<RawError>();
        }

        private sealed class RawTurn
        {
            public string Role { get; set; } = "";

            public string ItemId { get; set; } = "";

            public string Text { get; set; } = "";

            public string Badge { get; set; } = "";
        }

        private sealed class RawError
        {
            public string Code { get; set; } = "";

            public string Message { get; set; } = "";

            public bool Fatal { get; set; }
        }
    }
}
