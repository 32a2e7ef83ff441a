using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>JSON settings shared by everything the emulator writes.</summary>
    internal static class EmulatorJson
    {
        /// <summary>Why relaxed escaping: the service writes non-ASCII text as raw UTF-8, and clients must handle that.</summary>
        public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static JsonObject Event(string type)
        {
            return new JsonObject { ["type"] = type, ["event_id"] = Ids.New("event_") };
        }
    }
}
