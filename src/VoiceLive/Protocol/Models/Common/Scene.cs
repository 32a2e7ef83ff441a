using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>Camera and position of a photo avatar (<c>avatar.scene</c>).</summary>
    public sealed class Scene
    {
        /// <summary>Zoom factor (<c>zoom</c>).</summary>
        [JsonPropertyName("zoom")]
        public double? Zoom { get; set; }

        /// <summary>Horizontal position (<c>position_x</c>).</summary>
        [JsonPropertyName("position_x")]
        public double? PositionX { get; set; }

        /// <summary>Vertical position (<c>position_y</c>).</summary>
        [JsonPropertyName("position_y")]
        public double? PositionY { get; set; }

        /// <summary>Rotation around the x axis (<c>rotation_x</c>).</summary>
        [JsonPropertyName("rotation_x")]
        public double? RotationX { get; set; }

        /// <summary>Rotation around the y axis (<c>rotation_y</c>).</summary>
        [JsonPropertyName("rotation_y")]
        public double? RotationY { get; set; }

        /// <summary>Rotation around the z axis (<c>rotation_z</c>).</summary>
        [JsonPropertyName("rotation_z")]
        public double? RotationZ { get; set; }

        /// <summary>Movement amplitude (<c>amplitude</c>).</summary>
        [JsonPropertyName("amplitude")]
        public double? Amplitude { get; set; }
    }
}
