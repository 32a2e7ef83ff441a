using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VoiceLive.Emulator
{
    public sealed partial class EmulatorSip
    {
        private async Task CreateWebhookAsync(HttpContext context)
        {
            JsonObject? body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return;
            }

            Uri? url = ReadUrl(body);
            if (url is null)
            {
                await ProblemAsync(context, 400, "invalid_request", "url must be an absolute https URL (http only for loopback).", null, new Dictionary<string, string> { ["url"] = "An HTTPS URL is required." }).ConfigureAwait(false);
                return;
            }

            var webhook = new EmulatorSipWebhook(Ids.New("wh_"), url, NewSecret(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            Apply(webhook, body);
            lock (_gate)
            {
                _webhooks.Add(webhook.Id, webhook);
            }

            await JsonAsync(context, 200, Describe(webhook, withSecret: true)).ConfigureAwait(false);
        }

        private Task ListWebhooksAsync(HttpContext context)
        {
            var data = new JsonArray();
            foreach (EmulatorSipWebhook webhook in Webhooks)
            {
                data.Add(Describe(webhook, withSecret: false));
            }

            return JsonAsync(context, 200, new JsonObject { ["object"] = "list", ["data"] = data });
        }

        private Task GetWebhookAsync(HttpContext context, string id)
        {
            EmulatorSipWebhook? webhook = FindWebhook(id);
            return webhook is null ? WebhookNotFoundAsync(context, id) : JsonAsync(context, 200, Describe(webhook, withSecret: false));
        }

        private async Task UpdateWebhookAsync(HttpContext context, string id)
        {
            EmulatorSipWebhook? webhook = FindWebhook(id);
            if (webhook is null)
            {
                await WebhookNotFoundAsync(context, id).ConfigureAwait(false);
                return;
            }

            JsonObject? body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return;
            }

            if (body.ContainsKey("url"))
            {
                Uri? url = ReadUrl(body);
                if (url is null)
                {
                    await ProblemAsync(context, 400, "invalid_request", "url must be an absolute https URL (http only for loopback).").ConfigureAwait(false);
                    return;
                }

                webhook.Url = url;
            }

            if (body["enabled"] is JsonValue enabled && enabled.TryGetValue(out bool on))
            {
                webhook.Enabled = on;
            }

            Apply(webhook, body);
            webhook.UpdatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            await JsonAsync(context, 200, Describe(webhook, withSecret: false)).ConfigureAwait(false);
        }

        private Task DeleteWebhookAsync(HttpContext context, string id)
        {
            bool removed;
            lock (_gate)
            {
                removed = _webhooks.Remove(id);
            }

            if (!removed)
            {
                return WebhookNotFoundAsync(context, id);
            }

            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }

        private Task RotateSecretAsync(HttpContext context, string id)
        {
            EmulatorSipWebhook? webhook = FindWebhook(id);
            if (webhook is null)
            {
                return WebhookNotFoundAsync(context, id);
            }

            webhook.PreviousSigningSecret = webhook.SigningSecret;
            webhook.SigningSecret = NewSecret();
            webhook.UpdatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return JsonAsync(context, 200, Describe(webhook, withSecret: true));
        }

        private async Task UpsertConfigurationAsync(HttpContext context)
        {
            JsonObject? body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                return;
            }

            if (!body.ContainsKey("password") && !body.ContainsKey("allowed_source_cidrs") && !body.ContainsKey("voice_live_agent_configuration"))
            {
                await ProblemAsync(context, 400, "invalid_request", "At least one of password, allowed_source_cidrs, voice_live_agent_configuration is required.").ConfigureAwait(false);
                return;
            }

            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            JsonObject stored;
            lock (_gate)
            {
                _configuration ??= new JsonObject
                {
                    ["id"] = "sip_configuration",
                    ["object"] = "sip.configuration",
                    ["password_set"] = false,
                    ["allowed_source_cidrs"] = new JsonArray(),
                    ["call_identity"] = new JsonObject
                    {
                        ["internal_id"] = "00000000000000000000000000000000",
                        ["resource_id"] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/emulator/providers/Microsoft.CognitiveServices/accounts/emulator",
                        ["subscription_id"] = "00000000-0000-0000-0000-000000000000",
                        ["tenant_id"] = "00000000-0000-0000-0000-000000000000",
                    },
                    ["created_at"] = now,
                };

                // The password itself is never stored or echoed: only that one is set.
                if (body.ContainsKey("password"))
                {
                    _configuration["password_set"] = true;
                }

                if (body["allowed_source_cidrs"] is JsonArray cidrs)
                {
                    _configuration["allowed_source_cidrs"] = cidrs.DeepClone();
                }

                if (body["voice_live_agent_configuration"] is JsonObject agent)
                {
                    _configuration["voice_live_agent_configuration"] = agent.DeepClone();
                }

                _configuration["updated_at"] = now;
                stored = (JsonObject)_configuration.DeepClone();
            }

            await JsonAsync(context, 200, stored).ConfigureAwait(false);
        }

        private EmulatorSipWebhook? FindWebhook(string id)
        {
            lock (_gate)
            {
                return _webhooks.GetValueOrDefault(id);
            }
        }

        private static Task WebhookNotFoundAsync(HttpContext context, string id)
            => ProblemAsync(context, 404, "webhook_not_found", $"There is no webhook '{id}'.");

        private static Uri? ReadUrl(JsonObject body)
        {
            string? text = body["url"] is JsonValue value && value.TryGetValue(out string? s) ? s : null;
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? url))
            {
                return null;
            }

            // Why loopback-only http: the emulator posts to the test's or sample's own listener, never off the machine.
            return url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback) ? url : null;
        }

        private static void Apply(EmulatorSipWebhook webhook, JsonObject body)
        {
            if (body["name"] is JsonValue name && name.TryGetValue(out string? text))
            {
                webhook.Name = text;
            }

            if (body["event_types"] is JsonArray types && types.Count > 0)
            {
                var list = new List<string>();
                foreach (JsonNode? t in types)
                {
                    list.Add(t?.GetValue<string>() ?? string.Empty);
                }

                webhook.EventTypes = list;
            }

            if (body["support_info"] is JsonObject support)
            {
                webhook.SupportInfoJson = support.ToJsonString(EmulatorJson.Options);
            }
        }

        private static JsonObject Describe(EmulatorSipWebhook webhook, bool withSecret)
        {
            var types = new JsonArray();
            foreach (string t in webhook.EventTypes)
            {
                types.Add(t);
            }

            var json = new JsonObject
            {
                ["object"] = "webhook.endpoint",
                ["id"] = webhook.Id,
                ["name"] = webhook.Name,
                ["url"] = webhook.Url.AbsoluteUri,
                ["event_types"] = types,
                ["support_info"] = webhook.SupportInfoJson is null ? new JsonObject() : JsonNode.Parse(webhook.SupportInfoJson),
                ["enabled"] = webhook.Enabled,
                ["created_at"] = webhook.CreatedAt,
                ["updated_at"] = webhook.UpdatedAt,
                ["signing_secret_hint"] = webhook.SigningSecret.Substring(webhook.SigningSecret.Length - 4),
            };
            if (withSecret)
            {
                json["signing_secret"] = webhook.SigningSecret;
            }

            return json;
        }

        private static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    }
}
