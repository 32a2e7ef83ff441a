using System.Collections.Generic;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Models;

namespace VoiceLive
{
    /// <summary>A crop rectangle of the avatar video (<c>avatar.video.crop</c>).</summary>
    public sealed class VideoCrop
    {
        private IList<int> _topLeft = new OptionalList<int>();
        private IList<int> _bottomRight = new OptionalList<int>();

        /// <summary>The top-left corner as [x, y] (<c>top_left</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("top_left")]
        public IList<int> TopLeft
        {
            get => _topLeft;
            set => _topLeft = value ?? new OptionalList<int>();
        }

        /// <summary>The bottom-right corner as [x, y] (<c>bottom_right</c>). Not sent until it is assigned or an item is added; an assigned empty collection is sent as empty.</summary>
        [JsonPropertyName("bottom_right")]
        public IList<int> BottomRight
        {
            get => _bottomRight;
            set => _bottomRight = value ?? new OptionalList<int>();
        }
    }
}
