using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VoiceLive.Protocol.Json;

namespace VoiceLive
{
    /// <summary>
    /// The one set of serializer options the library uses: the source-generated context plus contract modifiers
    /// (for example, optional collections that were never touched are not written).
    /// </summary>
    internal static class VoiceLiveJson
    {
        /// <summary>Options over <see cref="VoiceLiveJsonContext"/>; read-only once built.</summary>
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>The metadata for a type, or null when it is not part of the library's contract.</summary>
        public static JsonTypeInfo? GetTypeInfo(Type type)
        {
            return Options.TryGetTypeInfo(type, out JsonTypeInfo? info) ? info : null;
        }

        /// <summary>
        /// The metadata for an event class the registries map; throws when the class has no <c>[JsonSerializable]</c>
        /// entry, so a forgotten entry fails the registry's type initializer by name instead of the event quietly reading
        /// as <see cref="UnknownServerEvent"/>.
        /// </summary>
        public static JsonTypeInfo RequireTypeInfo(Type type)
        {
            return GetTypeInfo(type) ?? throw new InvalidOperationException(
                $"No JSON metadata for {type.Name}: add [JsonSerializable(typeof({type.Name}))] to VoiceLiveJsonContext.");
        }

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions(VoiceLiveJsonContext.Default.Options)
            {
                // Events first, then models (see VoiceLiveModelsJsonContext for why they are two contexts).
                TypeInfoResolver = JsonTypeInfoResolver
                    .Combine(VoiceLiveJsonContext.Default, VoiceLiveModelsJsonContext.Default)
                    .WithAddedModifier(ContractModifiers.Apply),
            };
            options.MakeReadOnly();
            return options;
        }
    }
}
