using System;
using Azure;
using Azure.Core.Extensions;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VoiceLive
{
    /// <summary>
    /// Registers <see cref="VoiceLiveClient"/> in dependency injection the Azure SDK way, inside
    /// <c>services.AddAzureClients(builder => builder.AddVoiceLiveClient(...))</c>. The client is a singleton (one per
    /// name); resolve it, or <c>IAzureClientFactory&lt;VoiceLiveClient&gt;.CreateClient(name)</c> for a named one, and call
    /// <c>ConnectAsync</c> per session. Options come from <c>ConfigureOptions</c>, <c>ConfigureDefaults</c> and configuration;
    /// a TokenCredential from <c>WithCredential</c> or the builder's <c>UseCredential</c>. The client logs through the
    /// host's <c>ILoggerFactory</c> unless <see cref="VoiceLiveClientOptions.LoggerFactory"/> is set.
    /// </summary>
    public static class VoiceLiveClientBuilderExtensions
    {
        /// <summary>
        /// Registers a client for <paramref name="endpoint"/> that authenticates with Microsoft Entra ID, using the
        /// registration's credential (<c>WithCredential</c>) or the builder's (<c>UseCredential</c>, default
        /// <c>DefaultAzureCredential</c>). A token is requested on every connect.
        /// </summary>
        /// <typeparam name="TBuilder">The Azure client factory builder.</typeparam>
        /// <param name="builder">The builder from <c>AddAzureClients</c>.</param>
        /// <param name="endpoint">The resource endpoint, for example <c>https://&lt;resource&gt;.services.ai.azure.com</c>.</param>
        /// <returns>The registration, to name it (<c>WithName</c>) or configure its options.</returns>
        public static IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> AddVoiceLiveClient<TBuilder>(this TBuilder builder, Uri endpoint)
            where TBuilder : IAzureClientFactoryBuilderWithCredential
        {
            if (endpoint is null)
            {
                throw new ArgumentNullException(nameof(endpoint));
            }

            return UseHostLogging(builder.RegisterClientFactory<VoiceLiveClient, VoiceLiveClientOptions>((options, credential) => new VoiceLiveClient(endpoint, credential, options)));
        }

        /// <summary>
        /// Registers a client for <paramref name="endpoint"/> that authenticates with an API key (sent in the
        /// <c>api-key</c> header on every connect, never in the URL).
        /// </summary>
        /// <typeparam name="TBuilder">The Azure client factory builder.</typeparam>
        /// <param name="builder">The builder from <c>AddAzureClients</c>.</param>
        /// <param name="endpoint">The resource endpoint.</param>
        /// <param name="credential">The API key; rotate it with <c>AzureKeyCredential.Update</c>.</param>
        /// <returns>The registration, to name it (<c>WithName</c>) or configure its options.</returns>
        public static IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> AddVoiceLiveClient<TBuilder>(this TBuilder builder, Uri endpoint, AzureKeyCredential credential)
            where TBuilder : IAzureClientFactoryBuilder
        {
            if (endpoint is null)
            {
                throw new ArgumentNullException(nameof(endpoint));
            }

            if (credential is null)
            {
                throw new ArgumentNullException(nameof(credential));
            }

            return UseHostLogging(builder.RegisterClientFactory<VoiceLiveClient, VoiceLiveClientOptions>(options => new VoiceLiveClient(endpoint, credential, options)));
        }

        /// <summary>
        /// Registers a client from a configuration section: <c>Endpoint</c> (required); <c>Key</c> for an API key, else the
        /// registration's TokenCredential (<c>WithCredential</c>) or the builder's (<c>UseCredential</c>); and the options by name, for example <c>ApiVersion</c>, <c>ConnectTimeout</c>
        /// (<c>00:00:10</c>), <c>CloseTimeout</c>, <c>KeepAliveInterval</c>, <c>KeepAliveTimeout</c>, <c>MaxMessageSize</c>,
        /// <c>CredentialScopes</c>, <c>AdditionalHeaders</c>, <c>AdditionalQueryParameters</c>,
        /// <c>EnableSensitiveTelemetryData</c>, <c>Diagnostics:ApplicationId</c>.
        /// </summary>
        /// <typeparam name="TBuilder">The Azure client factory builder.</typeparam>
        /// <param name="builder">The builder from <c>AddAzureClients</c>.</param>
        /// <param name="configuration">The section, for example <c>configuration.GetSection("VoiceLive")</c>.</param>
        /// <returns>The registration, to name it (<c>WithName</c>) or configure its options further.</returns>
        /// <exception cref="InvalidOperationException">When the client is resolved and the section has no valid <c>Endpoint</c>.</exception>
        public static IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> AddVoiceLiveClient<TBuilder>(this TBuilder builder, IConfiguration configuration)
            where TBuilder : IAzureClientFactoryBuilderWithConfiguration<IConfiguration>, IAzureClientFactoryBuilderWithCredential
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            // The section's Key picks API-key authentication; without one the registration's or builder's TokenCredential
            // is used. Both are read when the client is first resolved, so configuration reloads before then apply.
            IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> registration = builder.RegisterClientFactory<VoiceLiveClient, VoiceLiveClientOptions>(
                (options, credential) =>
                {
                    Uri endpoint = ReadEndpoint(configuration);
                    string? key = configuration["Key"];
                    return string.IsNullOrEmpty(key)
                        ? new VoiceLiveClient(endpoint, credential, options)
                        : new VoiceLiveClient(endpoint, new AzureKeyCredential(key!), options);
                });

            // The options' own binding covers TimeSpan, number, string and collection options; the API version is an
            // extensible string type the binder cannot construct, so it is read here.
            return UseHostLogging(registration).ConfigureOptions(options =>
            {
                configuration.Bind(options);
                if (configuration["ApiVersion"] is string apiVersion && apiVersion.Length > 0)
                {
                    options.ApiVersion = new VoiceLiveApiVersion(apiVersion);
                }
            });
        }

        // The client logs through the host's ILoggerFactory (category VoiceLive) unless the app set one in the options.
        private static IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> UseHostLogging(IAzureClientBuilder<VoiceLiveClient, VoiceLiveClientOptions> registration)
            => registration.ConfigureOptions((options, services) => options.LoggerFactory ??= services.GetService<ILoggerFactory>());

        private static Uri ReadEndpoint(IConfiguration configuration)
        {
            string? value = configuration["Endpoint"];
            if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out Uri? endpoint))
            {
                string path = configuration is IConfigurationSection section ? section.Path : "the configuration";
                throw new InvalidOperationException($"The VoiceLive client needs an absolute 'Endpoint' in {path} (for example https://<resource>.services.ai.azure.com).");
            }

            return endpoint;
        }
    }
}
