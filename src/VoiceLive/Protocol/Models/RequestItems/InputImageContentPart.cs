using System;
using System.Text.Json.Serialization;

namespace VoiceLive
{
    /// <summary>An image in a user message (<c>type</c> <c>input_image</c>). The spec's message-content union lists only text and audio, but the service documents images in user messages; this type sends them.</summary>
    public sealed class InputImageContentPart : MessageContentPart
    {
        /// <summary>Creates an empty instance; set the properties before sending.</summary>
        public InputImageContentPart()
            : base(ContentPartType.InputImage)
        {
        }

        /// <summary>Creates an instance with the fields the service requires.</summary>
        /// <param name="imageUrl">The image as an https URL or a <c>data:</c> URL (<c>image_url</c>).</param>
        public InputImageContentPart(string imageUrl)
            : base(ContentPartType.InputImage)
        {
            ImageUrl = imageUrl ?? throw new ArgumentNullException(nameof(imageUrl));
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

        /// <summary>The image as an https URL or a <c>data:</c> URL (<c>image_url</c>).</summary>
        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; set; }

        /// <summary>How closely the model looks at the image (<c>detail</c>).</summary>
        [JsonPropertyName("detail")]
        public RequestImageContentPartDetail? Detail { get; set; }
    }
}
