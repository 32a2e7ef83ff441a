using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VoiceLive.Protocol.Json;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>
    /// Liberal reading: for every model, a missing field, an extra field, a null value or an unknown enum value never
    /// throws. (A value of the wrong JSON type may throw JsonException; the event parser reports that frame as malformed.)
    /// </summary>
    public class ToleranceTests
    {
        public static TheoryData<Type> ModelTypes
        {
            get
            {
                var data = new TheoryData<Type>();
                foreach (Type type in typeof(VoiceLiveModelsJsonContext).GetCustomAttributesData()
                    .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
                    .Select(a => (Type)a.ConstructorArguments[0].Value!)
                    .Where(t => t.IsClass)
                    // MessageItem is not a wire union of its own: messages arrive through ConversationRequestItem, which
                    // reads a missing or unknown role as UnknownConversationRequestItem. Read directly, it needs a role.
                    .Where(t => t != typeof(MessageItem))
                    .OrderBy(t => t.Name, StringComparer.Ordinal))
                {
                    data.Add(type);
                }

                return data;
            }
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void EmptyObjectReads(Type type)
        {
            Assert.NotNull(JsonSerializer.Deserialize("{}", type, VoiceLiveJson.Options));
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void ExtraFieldsAreIgnored(Type type)
        {
            string json = """{"added_later":{"deep":[1,{"x":null}]},"another":"v"}""";

            Assert.NotNull(JsonSerializer.Deserialize(json, type, VoiceLiveJson.Options));
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void NullForEveryFieldReads(Type type)
        {
            var json = new JsonObject();
            foreach (JsonPropertyInfo property in Contract(type).Properties)
            {
                json[property.Name] = null;
            }

            // A concrete union member keeps its discriminator; otherwise the base converter would yield the Unknown member.
            if (Discriminator(type) is (string name, string value))
            {
                json[name] = value;
            }

            Assert.NotNull(JsonSerializer.Deserialize(json.ToJsonString(), type, VoiceLiveJson.Options));
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void UnknownEnumValuesRoundTrip(Type type)
        {
            var json = new JsonObject();
            if (Discriminator(type) is (string name, string value))
            {
                json[name] = value;
            }

            foreach (JsonPropertyInfo property in Contract(type).Properties)
            {
                Type propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (propertyType.IsValueType && propertyType.GetNestedType("Converter", BindingFlags.NonPublic) is not null && property.Set is not null)
                {
                    json[property.Name] = "value_from_the_future";
                }
            }

            object model = JsonSerializer.Deserialize(json.ToJsonString(), type, VoiceLiveJson.Options)!;
            JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(model, type, VoiceLiveJson.Options))!;
            foreach (KeyValuePair<string, JsonNode?> property in json)
            {
                Assert.Equal(property.Value!.ToJsonString(), written[property.Key]!.ToJsonString());
            }
        }

        [Fact]
        public void NullRequiredNumbersAndBooleansReadAsDefaults()
        {
            var usage = ModelJson.Read<TokenUsage>("""{"total_tokens":null,"input_tokens":"12","output_tokens":3}""");
            Assert.Equal(0, usage.TotalTokens);
            Assert.Equal(12, usage.InputTokens);
            Assert.Equal(3, usage.OutputTokens);

            var avatar = ModelJson.Read<AvatarConfig>("""{"character":"lisa","customized":null}""");
            Assert.False(avatar.Customized);

            var limit = ModelJson.Read<RateLimitsItem>("""{"name":"tokens","limit":null,"remaining":"5","reset_seconds":null}""");
            Assert.Equal(5, limit.Remaining);
            Assert.Equal(0, limit.ResetSeconds);
        }

        [Fact]
        public void WrongJsonTypeIsAJsonException()
        {
            Assert.Throws<JsonException>(() => ModelJson.Read<TokenUsage>("""{"total_tokens":{"a":1}}"""));
            Assert.Throws<JsonException>(() => ModelJson.Read<ResponseSession>("""{"tools":"not a list"}"""));
            Assert.Throws<JsonException>(() => ModelJson.Read<ResponseSession>("""{"turn_detection":[1]}"""));
        }

        private static JsonTypeInfo Contract(Type type) => VoiceLiveJson.Options.GetTypeInfo(type);

        // The discriminator a concrete union member writes, read from a fresh instance.
        private static (string Name, string Value)? Discriminator(Type type)
        {
            if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is not ConstructorInfo ctor)
            {
                return null;
            }

            JsonNode? node = JsonNode.Parse(JsonSerializer.Serialize(ctor.Invoke(null), type, VoiceLiveJson.Options));
            foreach (string name in new[] { "type", "model" })
            {
                if (node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0
                    && type.BaseType != typeof(object))
                {
                    return (name, text);
                }
            }

            return null;
        }
    }
}
