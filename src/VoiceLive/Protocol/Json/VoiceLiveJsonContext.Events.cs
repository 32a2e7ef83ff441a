using System.Text.Json.Serialization;

namespace VoiceLive
{
    [JsonSerializable(typeof(ServerEventResponseAudioDelta))]
    internal sealed partial class VoiceLiveJsonContext
    {
    }
}
