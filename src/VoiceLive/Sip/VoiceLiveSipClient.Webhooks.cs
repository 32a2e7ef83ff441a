using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using VoiceLive.Sip;

namespace VoiceLive
{
    public partial class VoiceLiveSipClient
    {
        private const string WebhooksPath = "/voice-agent/realtime/sip/webhooks";
        private const string ConfigurationsPath = "/voice-agent/realtime/sip/configurations";

        /// <summary>
        /// Registers a webhook for SIP call lifecycle events (<c>POST …/sip/webhooks</c>). The answer carries the
        /// signing secret (<see cref="SipWebhookEndpoint.SigningSecret"/>) this once: keep it for <see cref="SipWebhookValidator"/>.
        /// </summary>
        /// <param name="webhook">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration, with its signing secret.</returns>
        /// <exception cref="RequestFailedException">The service refused (for example <c>invalid_request</c>).</exception>
        public virtual async Task<Response<SipWebhookEndpoint>> CreateWebhookAsync(SipCreateWebhookRequest webhook, CancellationToken cancellationToken = default)
            => await CreateWebhookCoreAsync(webhook, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Registers a webhook; see <see cref="CreateWebhookAsync"/>.</summary>
        /// <param name="webhook">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration, with its signing secret.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipWebhookEndpoint> CreateWebhook(SipCreateWebhookRequest webhook, CancellationToken cancellationToken = default)
            => CreateWebhookCoreAsync(webhook, false, cancellationToken).EnsureCompleted();

        /// <summary>Lists the resource's webhook registrations (<c>GET …/sip/webhooks</c>; the service returns them in one list, unpaged).</summary>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registrations (without their secrets).</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<IReadOnlyList<SipWebhookEndpoint>>> GetWebhooksAsync(CancellationToken cancellationToken = default)
            => await GetWebhooksCoreAsync(true, cancellationToken).ConfigureAwait(false);

        /// <summary>Lists the resource's webhook registrations; see <see cref="GetWebhooksAsync"/>.</summary>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registrations.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<IReadOnlyList<SipWebhookEndpoint>> GetWebhooks(CancellationToken cancellationToken = default)
            => GetWebhooksCoreAsync(false, cancellationToken).EnsureCompleted();

        /// <summary>Gets one webhook registration (<c>GET …/sip/webhooks/{webhook_id}</c>).</summary>
        /// <param name="webhookId">The registration (<c>wh_…</c>).</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration (without its secret).</returns>
        /// <exception cref="RequestFailedException">The service refused (404 when there is no such registration).</exception>
        public virtual async Task<Response<SipWebhookEndpoint>> GetWebhookAsync(string webhookId, CancellationToken cancellationToken = default)
            => await WebhookCoreAsync(RequestMethod.Get, webhookId, null, null, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Gets one webhook registration; see <see cref="GetWebhookAsync"/>.</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipWebhookEndpoint> GetWebhook(string webhookId, CancellationToken cancellationToken = default)
            => WebhookCoreAsync(RequestMethod.Get, webhookId, null, null, false, cancellationToken).EnsureCompleted();

        /// <summary>Changes a webhook registration (<c>POST …/sip/webhooks/{webhook_id}</c>); members left null keep their values.</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="update">The changes.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The changed registration.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<SipWebhookEndpoint>> UpdateWebhookAsync(string webhookId, SipUpdateWebhookRequest update, CancellationToken cancellationToken = default)
            => await WebhookCoreAsync(RequestMethod.Post, webhookId, null, SipRequestWriter.UpdateWebhook(update ?? throw new ArgumentNullException(nameof(update))), true, cancellationToken).ConfigureAwait(false);

        /// <summary>Changes a webhook registration; see <see cref="UpdateWebhookAsync"/>.</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="update">The changes.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The changed registration.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipWebhookEndpoint> UpdateWebhook(string webhookId, SipUpdateWebhookRequest update, CancellationToken cancellationToken = default)
            => WebhookCoreAsync(RequestMethod.Post, webhookId, null, SipRequestWriter.UpdateWebhook(update ?? throw new ArgumentNullException(nameof(update))), false, cancellationToken).EnsureCompleted();

        /// <summary>Deletes a webhook registration (<c>DELETE …/sip/webhooks/{webhook_id}</c>, 204).</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The service's response.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response> DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken = default)
            => await DeleteWebhookCoreAsync(webhookId, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Deletes a webhook registration; see <see cref="DeleteWebhookAsync"/>.</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The service's response.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response DeleteWebhook(string webhookId, CancellationToken cancellationToken = default)
            => DeleteWebhookCoreAsync(webhookId, false, cancellationToken).EnsureCompleted();

        /// <summary>
        /// Replaces a webhook's signing secret (<c>POST …/sip/webhooks/{webhook_id}/rotate_secret</c>). The previous secret
        /// stays valid for a grace period: validate with both (<see cref="SipWebhookValidator(IEnumerable{string}, TimeSpan?, TimeProvider?)"/>) until it ends.
        /// </summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration with its new <see cref="SipWebhookEndpoint.SigningSecret"/>.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<SipWebhookEndpoint>> RotateWebhookSecretAsync(string webhookId, CancellationToken cancellationToken = default)
            => await WebhookCoreAsync(RequestMethod.Post, webhookId, "/rotate_secret", null, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Replaces a webhook's signing secret; see <see cref="RotateWebhookSecretAsync"/>.</summary>
        /// <param name="webhookId">The registration.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The registration with its new secret.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipWebhookEndpoint> RotateWebhookSecret(string webhookId, CancellationToken cancellationToken = default)
            => WebhookCoreAsync(RequestMethod.Post, webhookId, "/rotate_secret", null, false, cancellationToken).EnsureCompleted();

        /// <summary>Creates or partly updates the resource's SIP configuration (<c>POST …/sip/configurations</c>).</summary>
        /// <param name="configuration">The members to set; at least one.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The stored configuration (never the password).</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual async Task<Response<SipConfiguration>> CreateOrUpdateConfigurationAsync(SipUpsertConfigurationRequest configuration, CancellationToken cancellationToken = default)
            => await UpsertConfigurationCoreAsync(configuration, true, cancellationToken).ConfigureAwait(false);

        /// <summary>Creates or partly updates the resource's SIP configuration; see <see cref="CreateOrUpdateConfigurationAsync"/>.</summary>
        /// <param name="configuration">The members to set; at least one.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The stored configuration.</returns>
        /// <exception cref="RequestFailedException">The service refused.</exception>
        public virtual Response<SipConfiguration> CreateOrUpdateConfiguration(SipUpsertConfigurationRequest configuration, CancellationToken cancellationToken = default)
            => UpsertConfigurationCoreAsync(configuration, false, cancellationToken).EnsureCompleted();

        private ValueTask<Response<SipWebhookEndpoint>> CreateWebhookCoreAsync(SipCreateWebhookRequest webhook, bool async, CancellationToken cancellationToken)
        {
            if (webhook is null)
            {
                throw new ArgumentNullException(nameof(webhook));
            }

            return SendAsync(RequestMethod.Post, new[] { WebhooksPath }, SipRequestWriter.CreateWebhook(webhook), 200, SipJsonContext.Default.SipWebhookEndpoint, async, cancellationToken);
        }

        private async ValueTask<Response<IReadOnlyList<SipWebhookEndpoint>>> GetWebhooksCoreAsync(bool async, CancellationToken cancellationToken)
        {
            Response<SipWebhookListWire> list = await SendAsync(RequestMethod.Get, new[] { WebhooksPath }, null, 200, SipJsonContext.Default.SipWebhookListWire, async, cancellationToken).ConfigureAwait(false);
            return Response.FromValue<IReadOnlyList<SipWebhookEndpoint>>(list.Value.Data, list.GetRawResponse());
        }

        private ValueTask<Response<SipWebhookEndpoint>> WebhookCoreAsync(RequestMethod method, string webhookId, string? action, RequestContent? content, bool async, CancellationToken cancellationToken)
        {
            ValidateWebhookId(webhookId);
            string[] path = action is null ? new[] { WebhooksPath + "/", webhookId } : new[] { WebhooksPath + "/", webhookId, action };
            return SendAsync(method, path, content, 200, SipJsonContext.Default.SipWebhookEndpoint, async, cancellationToken);
        }

        private ValueTask<Response> DeleteWebhookCoreAsync(string webhookId, bool async, CancellationToken cancellationToken)
        {
            ValidateWebhookId(webhookId);
            return SendAsync(RequestMethod.Delete, new[] { WebhooksPath + "/", webhookId }, null, 204, async, cancellationToken);
        }

        private ValueTask<Response<SipConfiguration>> UpsertConfigurationCoreAsync(SipUpsertConfigurationRequest configuration, bool async, CancellationToken cancellationToken)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            if (configuration.Password is null && configuration.AllowedSourceCidrs is null && configuration.VoiceLiveAgentConfiguration is null)
            {
                throw new ArgumentException("Set at least one member of the configuration: the service refuses an empty upsert.", nameof(configuration));
            }

            return SendAsync(RequestMethod.Post, new[] { ConfigurationsPath }, SipRequestWriter.UpsertConfiguration(configuration), 200, SipJsonContext.Default.SipConfiguration, async, cancellationToken);
        }

        private static void ValidateWebhookId(string webhookId)
        {
            if (string.IsNullOrEmpty(webhookId))
            {
                throw new ArgumentException("A webhook id (wh_…) is required.", nameof(webhookId));
            }
        }
    }
}
