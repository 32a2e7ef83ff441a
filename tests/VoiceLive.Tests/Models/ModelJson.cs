using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>Serialization through the library's one options object, and structural JSON comparison.</summary>
    internal static class ModelJson
    {
        public static string Write<T>(T value) => JsonSerializer.Serialize(value, VoiceLiveJson.Options);

        public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, VoiceLiveJson.Options)!;

        public static void Equal(string expected, string actual)
        {
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
                "Expected: " + JsonNode.Parse(expected)!.ToJsonString() + "\nActual:   " + actual);
        }

        /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>, writes it back, and asserts the JSON is unchanged.</summary>
        public static T RoundTrip<T>(string json)
        {
            T value = Read<T>(json);
            Equal(json, Write(value));
            return value;
        }
    }
}
