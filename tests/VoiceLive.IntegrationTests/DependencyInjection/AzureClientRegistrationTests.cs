using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests.DependencyInjection
{
    public class AzureClientRegistrationTests
    {
        [Fact]
        public async Task Default_and_named_clients_resolve_from_a_real_service_provider_and_connect()
        {
            await using VoiceLiveEmulator keyed = await Harness.StartEmulatorAsync(o => o.ApiKey = "di-key");
            await using VoiceLiveEmulator entra = await Harness.StartEmulatorAsync(o => o.BearerToken = "di-token");
            IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["VoiceLive:Endpoint"] = keyed.Endpoint.ToString(),
                ["VoiceLive:Key"] = "di-key",
                ["VoiceLive:ApiVersion"] = "2026-04-10",
                ["VoiceLive:ConnectTimeout"] = "00:00:07",
                ["VoiceLive:AdditionalQueryParameters:features"] = "from-config",
            }).Build();

            var services = new ServiceCollection();
            services.AddAzureClients(clients =>
            {
                clients.AddVoiceLiveClient(keyed.Endpoint, new AzureKeyCredential("di-key"));
                clients.AddVoiceLiveClient(configuration.GetSection("VoiceLive")).WithName("configured");
                clients.AddVoiceLiveClient(entra.Endpoint).WithName("entra").WithCredential(new FixedToken("di-token"));
            });
            using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            // The unnamed registration is the VoiceLiveClient service; a singleton.
            VoiceLiveClient client = provider.GetRequiredService<VoiceLiveClient>();
            Assert.Same(client, provider.GetRequiredService<VoiceLiveClient>());
            await using (VoiceLiveConnection connection = await client.ConnectAsync(Harness.Model))
            {
                Assert.IsType<ServerEventSessionCreated>(await connection.ReceiveAsync().AsTask().WaitAsync(Harness.Timeout));
            }

            IAzureClientFactory<VoiceLiveClient> factory = provider.GetRequiredService<IAzureClientFactory<VoiceLiveClient>>();

            // From configuration: endpoint, key, API version and a query parameter bound from the section.
            VoiceLiveClient configured = factory.CreateClient("configured");
            Assert.Equal(keyed.Endpoint, configured.Endpoint);
            await using (VoiceLiveConnection connection = await configured.ConnectAsync(Harness.Model))
            {
                EmulatorConnection server = await keyed.WaitForConnectionAsync(1, Harness.Timeout);
                Assert.Equal("2026-04-10", server.Query["api-version"]);
                Assert.Equal("from-config", server.Query["features"]);
            }

            // Entra ID with the registration's own credential: the emulator accepts only that bearer token.
            await using (VoiceLiveConnection connection = await factory.CreateClient("entra").ConnectAsync(Harness.Model))
            {
                EmulatorConnection server = await entra.WaitForConnectionAsync(0, Harness.Timeout);
                Assert.Equal("Bearer di-token", server.RequestHeaders["Authorization"]);
            }
        }

        [Fact]
        public void A_section_without_an_endpoint_fails_with_a_message_naming_the_section()
        {
            IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["VoiceLive:Key"] = "k" }).Build();
            var services = new ServiceCollection();
            services.AddAzureClients(clients => clients.AddVoiceLiveClient(configuration.GetSection("VoiceLive")));
            using ServiceProvider provider = services.BuildServiceProvider();

            var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<VoiceLiveClient>());
            Assert.Contains("'Endpoint' in VoiceLive", error.Message);
        }

        private sealed class FixedToken : TokenCredential
        {
            private readonly string _token;

            public FixedToken(string token) => _token = token;

            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new AccessToken(_token, DateTimeOffset.UtcNow.AddHours(1));

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
        }
    }
}
