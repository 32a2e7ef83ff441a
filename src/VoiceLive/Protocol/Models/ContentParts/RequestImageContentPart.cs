using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An input image in a conversation item the service reports (<c>type</c> <c>input_image</c>).</summary>
    public sealed class RequestImageContentPart : ContentPart
    {
        /// <summary>Creates an empty instance (the service sends these; for deserialization, tests and the emulator).</summary>
        public RequestImageContentPart()
            : base(ContentPartType.InputImage)
        {
        }

        /// <summary>Reads the legacy <c>url</c> field (api-versions up to 2026-04-10) into <see cref="ImageUrl"/>; never written.</summary>
        [JsonPropertyName("url")]
        [JsonInclude]
        internal string? LegacyUrl
        {
            get => null;

            // The current field wins: a legacy value only fills it while it is unset, whichever comes first in the object.
            set => ImageUrl ??= value;
        }

        /// <summary>The image URL (<c>image_url</c>; api-versions up to 2026-04-10 sent <c>url</c>, which is read too).</summary>
        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; set; }

        /// <summary>The detail level (<c>detail</c>).</summary>
        [JsonPropertyName("detail")]
        public RequestImageContentPartDetail? Detail { get; set; }
    }
}
