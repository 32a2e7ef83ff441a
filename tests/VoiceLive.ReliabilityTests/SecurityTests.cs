using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>Secrets stay secret over the real transport; unsafe endpoints and values are refused; TLS is never weakened.</summary>
    public class SecurityTests
    {
        private const string Key = "RELIAB-KEY-3f9c0e71-NEVER-PRINT";
        private const string Token = "RELIAB-TOKEN-b27d44aa-NEVER-PRINT";

        [Fact]
        public async Task Key_and_token_never_appear_in_logs_exceptions_ToString_or_the_url()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var logs = new CapturingLoggerProvider();
            var seen = new StringBuilder();

            // Key: a session with content logging at Trace, sends, events, a 4001 close from the server.
            VoiceLiveClientOptions options = Reliability.Options(configure: o =>
            {
                o.LoggerFactory = logs.CreateFactory();
                o.Diagnostics.IsLoggingContentEnabled = true;
            });
            var keyClient = new VoiceLiveClient(emulator.Endpoint, new AzureKeyCredential(Key), options);
            seen.Append(keyClient).Append(options).Append(keyClient.Endpoint);
            await RunSessionAsync(await keyClient.ConnectAsync(Reliability.Model), emulator, 0, seen);

            // Token: the same session through a TokenCredential.
            var tokenClient = new VoiceLiveClient(emulator.Endpoint, new StaticToken(Token), options);
            seen.Append(tokenClient);
            await RunSessionAsync(await tokenClient.ConnectAsync(Reliability.Model), emulator, 1, seen);

            // Refused upgrades with each credential (401 from an emulator that expects other secrets).
            await using VoiceLiveEmulator strict = await Reliability.StartEmulatorAsync(o => { o.ApiKey = "other"; o.BearerToken = "other"; });
            foreach (Func<Task> connect in new Func<Task>[]
            {
                () => new VoiceLiveClient(strict.Endpoint, new AzureKeyCredential(Key), options).ConnectAsync(Reliability.Model),
                () => new VoiceLiveClient(strict.Endpoint, new StaticToken(Token), options).ConnectAsync(Reliability.Model),
            })
            {
                var refused = await Assert.ThrowsAsync<VoiceLiveConnectionException>(connect);
                Assert.Equal(401, refused.Status);
                seen.Append(refused.Message).Append(refused).Append(refused.InnerException);
            }

            // The secrets were really sent, in headers only.
            Assert.Equal(Key, emulator.Connections[0].RequestHeaders["api-key"]);
            Assert.Equal("Bearer " + Token, emulator.Connections[1].RequestHeaders["Authorization"]);
            foreach (EmulatorConnection connection in emulator.Connections.Concat(strict.Connections))
            {
                seen.Append(string.Join("&", connection.Query.Select(p => p.Key + "=" + p.Value)));
            }

            string everything = seen + "\n" + string.Join("\n", logs.Lines);
            Assert.True(logs.Lines.Count > 10, "the logger captured almost nothing");
            Assert.Contains("session.update", everything, StringComparison.Ordinal); // content logging really ran
            Assert.DoesNotContain(Key, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("RELIAB-", everything, StringComparison.Ordinal);
        }

        private static async Task RunSessionAsync(VoiceLiveConnection connection, VoiceLiveEmulator emulator, int index, StringBuilder seen)
        {
            await using VoiceLiveConnection _ = connection;
            EmulatorConnection server = await emulator.WaitForConnectionAsync(index, Reliability.Timeout);
            seen.Append(connection).Append(connection.ClientRequestId);
            var session = new RequestSession { Instructions = "security test", TurnDetection = TurnDetection.Disabled };
            await connection.Session.UpdateAsync(session);
            await connection.InputAudioBuffer.AppendAsync(new byte[960]);
            await connection.Response.CreateAsync();
            seen.Append(session).Append(connection.Session).Append(connection.Response);
            int done = 0;
            try
            {
                await foreach (ServerEvent evt in connection)
                {
                    seen.Append(evt).Append(evt.RawJson);
                    if (evt is ServerEventResponseDone && done++ == 0)
                    {
                        await server.CloseAsync(4001, "token expired");
                    }
                }
            }
            catch (VoiceLiveException ex)
            {
                seen.Append(ex.Message).Append(ex).Append(ex.InnerException);
            }

            try
            {
                await connection.Response.CreateAsync();
            }
            catch (VoiceLiveException ex)
            {
                seen.Append(ex.Message).Append(ex);
            }

            seen.Append(connection).Append(connection.CloseStatusDescription);
        }

        [Theory]
        [InlineData("http://example.com")]
        [InlineData("ws://example.com")]
        [InlineData("http://10.1.2.3:8765")]
        [InlineData("ws://192.168.0.10")]
        [InlineData("http://myresource.services.ai.azure.com")]
        public void Plain_ws_or_http_to_a_non_loopback_host_is_refused(string endpoint)
        {
            Assert.ThrowsAny<ArgumentException>(() => new VoiceLiveClient(new Uri(endpoint), new AzureKeyCredential("k")));
            Assert.ThrowsAny<ArgumentException>(() => new VoiceLiveClient(new Uri(endpoint), new StaticToken("t")));
        }

        [Theory]
        [InlineData("header", "a\r\nX-Injected: 1")]
        [InlineData("header", "a\nb")]
        [InlineData("header", "a\rb")]
        [InlineData("query", "a\r\nX-Injected: 1")]
        [InlineData("query", "a\nb")]
        public async Task Header_and_query_values_with_CR_or_LF_are_refused_before_anything_is_sent(string where, string value)
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            VoiceLiveClientOptions options = Reliability.Options();
            if (where == "header")
            {
                options.AdditionalHeaders["x-custom"] = value;
            }
            else
            {
                options.AdditionalQueryParameters["custom"] = value;
            }

            await Assert.ThrowsAnyAsync<ArgumentException>(() => VoiceLiveClient.ConnectAsync(emulator.Endpoint, new AzureKeyCredential("k"), Reliability.Model, options));
            Assert.Equal(0, emulator.ConnectionAttempts);
        }

        [Fact]
        public async Task A_credential_that_throws_is_a_typed_connection_error_with_the_cause_inside()
        {
            await using VoiceLiveEmulator emulator = await Reliability.StartEmulatorAsync();
            var cause = new InvalidOperationException("managed identity unavailable");

            var error = await Assert.ThrowsAsync<VoiceLiveConnectionException>(
                () => VoiceLiveClient.ConnectAsync(emulator.Endpoint, new ThrowingCredential(cause), Reliability.Model, Reliability.Options()));

            Assert.Same(cause, error.InnerException);
            Assert.Equal(0, error.Status);
            Assert.Equal(0, emulator.ConnectionAttempts);
        }

        /// <summary>
        /// The library never weakens TLS: its compiled IL references none of the APIs that replace or disable certificate
        /// validation, in any target framework's build (so the platform's default validation always applies to wss://).
        /// </summary>
        [Fact]
        public void The_library_never_touches_certificate_validation()
        {
            string[] forbidden =
            {
                "RemoteCertificateValidationCallback", "ServerCertificateCustomValidationCallback", "DangerousAcceptAnyServerCertificateValidator",
                "ServerCertificateValidationCallback", "CertificateRevocationCheckMode", "CheckCertificateRevocationList", "SslOptions",
                "EnabledSslProtocols", "ClientCertificates", "X509Chain",
            };
            var assemblies = new List<string> { typeof(VoiceLiveClient).Assembly.Location };
            string bin = System.IO.Path.GetDirectoryName(typeof(VoiceLiveClient).Assembly.Location)!;
            string repo = FindRepoRoot(bin);
            foreach (string tfm in new[] { "netstandard2.0", "net8.0", "net10.0" })
            {
                foreach (string config in new[] { "Debug", "Release" })
                {
                    string path = System.IO.Path.Combine(repo, "src", "VoiceLive", "bin", config, tfm, "VoiceLive.dll");
                    if (System.IO.File.Exists(path))
                    {
                        assemblies.Add(path);
                    }
                }
            }

            foreach (string path in assemblies)
            {
                List<string> names = ReferencedNames(path);
                Assert.Contains("WebSocket", names); // the scan really sees the transport's references
                foreach (string name in forbidden)
                {
                    Assert.DoesNotContain(names, n => n.Contains(name, StringComparison.Ordinal));
                }
            }
        }

        /// <summary>Every type and member the assembly references from other assemblies, plus its string literals.</summary>
        private static List<string> ReferencedNames(string path)
        {
            using var stream = System.IO.File.OpenRead(path);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            var names = new List<string>();
            foreach (TypeReferenceHandle handle in md.TypeReferences)
            {
                names.Add(md.GetString(md.GetTypeReference(handle).Name));
            }

            foreach (MemberReferenceHandle handle in md.MemberReferences)
            {
                names.Add(md.GetString(md.GetMemberReference(handle).Name));
            }

            UserStringHandle user = MetadataTokens.UserStringHandle(1);
            while (!user.IsNil)
            {
                names.Add(md.GetUserString(user));
                user = md.GetNextHandle(user);
            }

            return names;
        }

        private static string FindRepoRoot(string start)
        {
            var dir = new System.IO.DirectoryInfo(start);
            while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? start;
        }

        private sealed class StaticToken : TokenCredential
        {
            private readonly string _token;

            public StaticToken(string token) => _token = token;

            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(_token, DateTimeOffset.UtcNow.AddHours(1));

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
        }

        private sealed class ThrowingCredential : TokenCredential
        {
            private readonly Exception _error;

            public ThrowingCredential(Exception error) => _error = error;

            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw _error;

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw _error;
        }
    }
}
