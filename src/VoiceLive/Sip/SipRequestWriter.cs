using System;
using System.Collections.Generic;
using System.Text.Json;
using Azure.Core;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive.Sip
{
    /// <summary>
    /// Writes the SIP request bodies. By hand rather than through a serializer context: the optional members the service
    /// defaults (an empty <c>event_types</c> means "every type") must be left out, not written empty, and the accept
    /// body merges a typed session into one flat open object.
    /// </summary>
    internal static class SipRequestWriter
    {
        public static RequestContent Accept(SipAcceptCallRequest request)
        {
            return Write(writer =>
            {
                var written = new HashSet<string>(request.AdditionalProperties.Keys, StringComparer.Ordinal);
                if (request.Model is not null && !written.Contains("model"))
                {
                    writer.WriteString("model", request.Model);
                }

                if (request.Session is not null)
                {
                    // The session's own JSON, flattened: the accept body is the session object itself plus model.
                    byte[] session = JsonSerializer.SerializeToUtf8Bytes(request.Session, VoiceLiveJson.Options.GetTypeInfo(typeof(RequestSession)));
                    using JsonDocument document = JsonDocument.Parse(session);
                    foreach (JsonProperty property in document.RootElement.EnumerateObject())
                    {
                        if (!written.Contains(property.Name) && !(property.NameEquals("model") && request.Model is not null))
                        {
                            property.WriteTo(writer);
                        }
                    }
                }

                foreach (KeyValuePair<string, BinaryData> pair in request.AdditionalProperties)
                {
                    writer.WritePropertyName(pair.Key);
                    JsonRaw.WriteValue(writer, pair.Value);
                }
            });
        }

        public static RequestContent Reject(int? statusCode, string? reason)
        {
            return Write(writer =>
            {
                if (statusCode is int code)
                {
                    writer.WriteNumber("status_code", code);
                }

                WriteIfSet(writer, "reason", reason);
            });
        }

        public static RequestContent Refer(string targetUri) => Write(writer => writer.WriteString("target_uri", targetUri));

        public static RequestContent Hangup(string? reason) => Write(writer => WriteIfSet(writer, "reason", reason));

        public static RequestContent CreateWebhook(SipCreateWebhookRequest request)
        {
            return Write(writer =>
            {
                WriteIfSet(writer, "name", request.Name);
                writer.WriteString("url", request.Url.AbsoluteUri);
                if (request.EventTypes is { Count: > 0 })
                {
                    WriteStrings(writer, "event_types", request.EventTypes);
                }

                WriteSupportInfo(writer, request.SupportInfo);
            });
        }

        public static RequestContent UpdateWebhook(SipUpdateWebhookRequest request)
        {
            return Write(writer =>
            {
                WriteIfSet(writer, "name", request.Name);
                WriteIfSet(writer, "url", request.Url?.AbsoluteUri);
                if (request.EventTypes is not null)
                {
                    WriteStrings(writer, "event_types", request.EventTypes);
                }

                if (request.Enabled is bool enabled)
                {
                    writer.WriteBoolean("enabled", enabled);
                }

                WriteSupportInfo(writer, request.SupportInfo);
            });
        }

        public static RequestContent UpsertConfiguration(SipUpsertConfigurationRequest request)
        {
            return Write(writer =>
            {
                WriteIfSet(writer, "password", request.Password);
                if (request.AllowedSourceCidrs is not null)
                {
                    WriteStrings(writer, "allowed_source_cidrs", request.AllowedSourceCidrs);
                }

                if (request.VoiceLiveAgentConfiguration is not null)
                {
                    writer.WritePropertyName("voice_live_agent_configuration");
                    JsonRaw.WriteValue(writer, request.VoiceLiveAgentConfiguration);
                }
            });
        }

        private static RequestContent Write(Action<Utf8JsonWriter> members)
        {
            using var stream = new System.IO.MemoryStream(256);
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                members(writer);
                writer.WriteEndObject();
            }

            return RequestContent.Create(new BinaryData(stream.ToArray()));
        }

        private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }

        private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        private static void WriteSupportInfo(Utf8JsonWriter writer, SipWebhookSupportInfo? info)
        {
            if (info is null)
            {
                return;
            }

            writer.WriteStartObject("support_info");
            WriteIfSet(writer, "display_name", info.DisplayName);
            WriteIfSet(writer, "contact_email", info.ContactEmail);
            WriteIfSet(writer, "description", info.Description);
            writer.WriteEndObject();
        }
    }
}
