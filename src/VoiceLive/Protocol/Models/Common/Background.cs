using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The background of the avatar video (<c>avatar.video.background</c>): a color or an image.</summary>
    public sealed class Background
    {
        /// <summary>A color such as <c>#00FF00FF</c> (<c>color</c>).</summary>
        [JsonPropertyName("color")]
        public string? Color { get; set; }

        /// <summary>An image URL (<c>image_url</c>).</summary>
        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; set; }
    }
}
