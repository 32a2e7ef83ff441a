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

        /// <summary>An <c>error</c> event as the service sends it for a client event it refuses.</summary>
        public static JsonObject Error(string code, string message, string? param, string? clientEventId, string errorType = "invalid_request_error")
        {
            JsonObject error = Event("error");
            error["error"] = new JsonObject
            {
                ["type"] = errorType,
                ["code"] = code,
                ["message"] = message,
                ["param"] = param,
                ["event_id"] = clientEventId,
            };
            return error;
        }

        /// <summary>A <c>conversation.item.created</c> event for <paramref name="item"/>, placed after <paramref name="previousItemId"/>.</summary>
        public static JsonObject ItemCreated(string? previousItemId, JsonObject item)
        {
            JsonObject created = Event("conversation.item.created");
            created["previous_item_id"] = previousItemId;
            created["item"] = item;
            return created;
        }

        /// <summary>The string value of <paramref name="name"/>, or null when it is absent or not a string.</summary>
        public static string? GetString(JsonObject obj, string name)
        {
            return obj[name] is JsonValue value && value.TryGetValue(out string? s) ? s : null;
        }
    }
}
