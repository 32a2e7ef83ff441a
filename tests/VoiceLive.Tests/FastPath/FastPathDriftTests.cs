using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VoiceLive.Protocol.Json;
using VoiceLive.Protocol.Json.FastPath;
using Xunit;

namespace VoiceLive.Tests.FastPath
{
    /// <summary>
    /// The fast path builds its three event classes by hand: a member added to one of those classes must be read by the
    /// fast reader, or the reader must leave the class to the general parser; it may never drop the value.
    /// </summary>
    public class FastPathDriftTests
    {
        public static IEnumerable<object[]> FastPathTypes()
            => ServerEventReader.FastPathTypes.Select(type => new object[] { type });

        [Fact]
        public void TheFastReaderReadsEveryMemberOfItsEventClasses()
        {
            Assert.Equal(3, ServerEventReader.FastPathTypes.Count);
            Assert.Empty(ServerEventReader.UnreadMembers());
        }

        [Theory]
        [MemberData(nameof(FastPathTypes))]
        public void EveryMemberFilledReadsTheSameThroughTheReceivePathAsThroughTheGeneralParser(Type type)
        {
            JsonTypeInfo info = VoiceLiveJson.RequireTypeInfo(type);
            string wireType = ServerEventRegistry.KnownTypes.First(name => ServerEventRegistry.GetTypeInfo(name)!.Type == type);
            byte[] frame = FrameWithEveryMember(info, wireType);

            ServerEvent received = new ServerEventReader().Parse(frame);
            ServerEvent general = ServerEventParser.Parse(frame);

            Assert.IsType(type, received);
            Assert.IsType(type, general);
            foreach (JsonPropertyInfo property in info.Properties.Where(p => p.Get is not null || p.Set is not null))
            {
                Assert.True(property.Get is not null, type.Name + "." + property.Name + " has no getter");
                string expected = JsonSerializer.Serialize(property.Get!(general), property.PropertyType, VoiceLiveJson.Options);
                string actual = JsonSerializer.Serialize(property.Get!(received), property.PropertyType, VoiceLiveJson.Options);
                Assert.True(expected == actual, $"{type.Name}.{property.Name}: general parser gave {expected}, receive path gave {actual}");
                Assert.NotEqual("null", expected); // The member was filled, so a null means the frame did not carry it.
            }
        }

        private static byte[] FrameWithEveryMember(JsonTypeInfo info, string wireType)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("type", wireType);
                int number = 1;
                foreach (JsonPropertyInfo property in info.Properties)
                {
                    if (property.Name == "type" || (property.Get is null && property.Set is null))
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    Type t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    if (t == typeof(string))
                    {
                        writer.WriteStringValue("value of " + property.Name);
                    }
                    else if (t == typeof(int) || t == typeof(long) || t == typeof(double))
                    {
                        writer.WriteNumberValue(number++);
                    }
                    else if (t == typeof(bool))
                    {
                        writer.WriteBooleanValue(true);
                    }
                    else if (t == typeof(ReadOnlyMemory<byte>) || t == typeof(byte[]))
                    {
                        writer.WriteBase64StringValue(Encoding.ASCII.GetBytes("audio of " + property.Name));
                    }
                    else
                    {
                        // Any other member type: an object, which the general parser reads into whatever the member is.
                        throw new InvalidOperationException($"Add a sample value for {t.Name} ({info.Type.Name}.{property.Name}) to this test.");
                    }
                }

                writer.WriteEndObject();
            }

            return stream.ToArray();
        }
    }
}
