using System.Text;

namespace VoiceLive.Agents
{
    /// <summary>The tracker's mutable record of one item; read only under the tracker's lock, published as <see cref="TrackedItem"/>.</summary>
    internal sealed class ItemState
    {
        public ItemState(string id, ItemType type)
        {
            Id = id;
            Type = type;
        }

        public string Id { get; }

        public ItemType Type { get; set; }

        public MessageRole? Role { get; set; }

        public ResponseItemStatus? Status { get; set; }

        public string? ResponseId { get; set; }

        // Fields, not properties: the builders are grown in place through ref.
        public StringBuilder? Text;

        public StringBuilder? Transcript;

        public bool TranscriptionFailed { get; set; }

        public bool HasAudio { get; set; }

        public long AudioBytes { get; set; }

        public int? AudioDurationMs { get; set; }

        public bool IsTruncated { get; set; }

        public string? CallId { get; set; }

        public string? Name { get; set; }

        public StringBuilder? Arguments;

        public string? Output { get; set; }

        public static void Set(ref StringBuilder? builder, string? value)
        {
            if (value is null)
            {
                return;
            }

            builder ??= new StringBuilder();
            builder.Clear().Append(value);
        }

        public static void Append(ref StringBuilder? builder, string? delta)
        {
            if (delta is null)
            {
                return;
            }

            (builder ??= new StringBuilder()).Append(delta);
        }
    }
}
