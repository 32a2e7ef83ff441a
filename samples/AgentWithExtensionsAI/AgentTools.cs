using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using Microsoft.Extensions.AI;

namespace VoiceLive.Samples
{
    /// <summary>
    /// The agent's tools: plain methods that <see cref="AIFunctionFactory"/> turns into functions (name, description and
    /// JSON schema from the signature). MEAI's function invocation middleware calls them; each call is recorded.
    /// </summary>
    internal sealed class AgentTools
    {
        private static readonly Dictionary<string, (int Celsius, string Sky, string Time)> Cities = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Paris"] = (18, "sunny", "14:05"),
            ["Tokyo"] = (22, "cloudy", "21:05"),
            ["Oslo"] = (4, "snowing", "14:05"),
        };

        public AgentTools()
        {
            All = new AITool[]
            {
                AIFunctionFactory.Create(GetWeather, "get_weather"),
                AIFunctionFactory.Create(GetTime, "get_time"),
            };
        }

        public ConcurrentQueue<string> Calls { get; } = new();

        /// <summary>The functions, for <c>RealtimeSessionOptions.Tools</c>.</summary>
        public IReadOnlyList<AITool> All { get; }

        [Description("The current weather in a city.")]
        private string GetWeather([Description("The city, for example Paris")] string location)
        {
            Record($"get_weather(location: {location})");
            return Cities.TryGetValue(location, out var city) ? $"{city.Celsius} °C and {city.Sky}" : "unknown city";
        }

        [Description("The local time in a city.")]
        private string GetTime([Description("The city, for example Tokyo")] string location)
        {
            Record($"get_time(location: {location})");
            return Cities.TryGetValue(location, out var city) ? city.Time : "unknown city";
        }

        private void Record(string call)
        {
            Calls.Enqueue(call);
            Console.WriteLine($"  [tool] {call}");
        }
    }
}
