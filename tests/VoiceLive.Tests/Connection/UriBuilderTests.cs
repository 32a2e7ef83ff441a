using System;
using System.Collections.Generic;
using VoiceLive.Authentication;
using Xunit;

namespace VoiceLive.Tests
{
    public class UriBuilderTests
    {
        private static Uri Build(string endpoint, string? model = "gpt-realtime", AgentSessionConfig? agent = null, Dictionary<string, string>? query = null, string apiVersion = "2026-07-15")
            => VoiceLiveUriBuilder.Build(new Uri(endpoint), apiVersion, model, agent, query ?? new Dictionary<string, string>());

        [Theory]
        [InlineData("https://res.services.ai.azure.com", "wss://res.services.ai.azure.com/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("https://res.services.ai.azure.com/", "wss://res.services.ai.azure.com/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("https://test.azure.com/some/path", "wss://test.azure.com/some/path/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("wss://res.cognitiveservices.azure.com", "wss://res.cognitiveservices.azure.com/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("https://res.services.ai.azure.com:8443", "wss://res.services.ai.azure.com:8443/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("http://127.0.0.1:8765", "ws://127.0.0.1:8765/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("http://localhost:8765", "ws://localhost:8765/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        [InlineData("ws://[::1]:8765", "ws://[::1]:8765/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime")]
        public void MapsSchemeAndAppendsPath(string endpoint, string expected)
        {
            Assert.Equal(expected, Build(endpoint).AbsoluteUri);
        }

        [Theory]
        [InlineData("http://example.com")]
        [InlineData("ws://10.0.0.5:8765")]
        [InlineData("http://myresource.services.ai.azure.com")]
        public void PlainTextToNonLoopbackHostIsRefused(string endpoint)
        {
            var ex = Assert.Throws<ArgumentException>(() => Build(endpoint));
            Assert.Contains("loopback", ex.Message);
        }

        [Theory]
        [InlineData("ftp://example.com")]
        [InlineData("file:///tmp/x")]
        public void UnsupportedSchemeIsRefused(string endpoint)
        {
            Assert.Throws<ArgumentException>(() => Build(endpoint));
        }

        [Fact]
        public void ModelIsEscaped()
        {
            Uri uri = Build("https://r.example.com", model: "my model&x=1");
            Assert.Equal("?api-version=2026-07-15&model=my%20model%26x%3D1", uri.Query);
        }

        [Fact]
        public void AgentParametersInPythonOrderAndEmptyOptionalsOmitted()
        {
            var agent = new AgentSessionConfig("my-agent", "my-project")
            {
                AgentVersion = "3",
                ConversationId = "",
                AuthenticationIdentityClientId = "cid",
                FoundryResourceOverride = "other-resource",
            };

            Uri uri = Build("https://r.example.com", model: null, agent: agent);

            Assert.Equal(
                "?api-version=2026-07-15&agent-name=my-agent&agent-project-name=my-project&agent-version=3&agent-authentication-identity-client-id=cid&foundry-resource-override=other-resource",
                uri.Query);
        }

        [Fact]
        public void ModelAndAgentMayBothBeSent()
        {
            Uri uri = Build("https://r.example.com", model: "gpt-4.1", agent: new AgentSessionConfig("a", "p"));
            Assert.Equal("?api-version=2026-07-15&model=gpt-4.1&agent-name=a&agent-project-name=p", uri.Query);
        }

        [Fact]
        public void UserQueryOverridesLibraryParametersAndEndpointQueryIsKeptOnlyWhereUnset()
        {
            var query = new Dictionary<string, string> { ["api-version"] = "2026-07-31-preview", ["features"] = "client_ec_reference:true" };
            Uri uri = Build("https://r.example.com/?model=ignored&extra=kept&api-version=old", query: query);
            Assert.Equal("?api-version=2026-07-31-preview&model=gpt-realtime&features=client_ec_reference%3Atrue&extra=kept", uri.Query);
        }

        [Theory]
        [InlineData("api-key")]
        [InlineData("Authorization")]
        [InlineData("agent-access-token")]
        public void CredentialsInTheQueryAreRefused(string name)
        {
            var query = new Dictionary<string, string> { [name] = "SECRET-VALUE-123" };
            var ex = Assert.Throws<ArgumentException>(() => Build("https://r.example.com", query: query));
            Assert.DoesNotContain("SECRET-VALUE-123", ex.Message);
        }

        [Fact]
        public void CredentialInTheEndpointQueryIsRefused()
        {
            var ex = Assert.Throws<ArgumentException>(() => Build("https://r.example.com/?api-key=SECRET-VALUE-123"));
            Assert.DoesNotContain("SECRET-VALUE-123", ex.Message);
        }

        [Theory]
        [InlineData("a\r\nX-Injected: 1")]
        [InlineData("a\nb")]
        public void LineBreaksInQueryValuesAreRefused(string value)
        {
            var query = new Dictionary<string, string> { ["features"] = value };
            Assert.Throws<ArgumentException>(() => Build("https://r.example.com", query: query));
        }

        [Fact]
        public void DefaultApiVersionIs2026_07_15()
        {
            Assert.Equal("2026-07-15", new VoiceLiveClientOptions().ApiVersion.ToString());
            Assert.Equal(VoiceLiveApiVersion.V2026_07_15, new VoiceLiveClientOptions().ApiVersion);
        }
    }
}
