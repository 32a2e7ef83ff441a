using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>The frame size of the avatar video (<c>avatar.video.resolution</c>).</summary>
    public sealed class VideoResolution
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public VideoResolution()
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="width">Width in pixels (<c>width</c>).</param>
        /// <param name="height">Height in pixels (<c>height</c>).</param>
        public VideoResolution(int width, int height)
        {
            Width = width;
            Height = height;
        }

        /// <summary>Width in pixels (<c>width</c>).</summary>
        [JsonPropertyName("width")]
        public int Width { get; set; }

        /// <summary>Height in pixels (<c>height</c>).</summary>
        [JsonPropertyName("height")]
        public int Height { get; set; }
    }
}
