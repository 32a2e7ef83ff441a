using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using VoiceLive.Transport;
using Xunit;

namespace VoiceLive.Tests
{
    /// <summary>
    /// For wss the buffering stream reads a TLS session (through the upgraded HTTP connection): it must carry a real TLS
    /// session over a real socket byte for byte, including its own zero-byte waits, which reach the TLS stream.
    /// </summary>
    public class ReadBufferingStreamTlsTests
    {
        [Fact]
        public async Task TheBufferingStreamOverATlsSessionDeliversEveryByteWithZeroByteWaitsInBetween()
        {
            using X509Certificate2 certificate = CreateSelfSignedCertificate();
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            byte[] data = new byte[300_000];
            new Random(11).NextBytes(data);

            Task server = Task.Run(async () =>
            {
                using TcpClient accepted = await listener.AcceptTcpClientAsync();
                using var tls = new SslStream(accepted.GetStream());
                await tls.AuthenticateAsServerAsync(certificate);
                // Writes of uneven sizes, like WebSocket frames of audio and transcript deltas.
                int at = 0;
                int step = 0;
                while (at < data.Length)
                {
                    int size = Math.Min(data.Length - at, step++ % 2 == 0 ? 6_420 : 180);
                    await tls.WriteAsync(data.AsMemory(at, size));
                    at += size;
                }

                await tls.FlushAsync();
            });

            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port).OrTimeout("tcp connect");
            var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false, (_, cert, _, _) => cert is not null && cert.GetCertHashString() == certificate.GetCertHashString());
            await tls.AuthenticateAsClientAsync("localhost").OrTimeout("tls handshake");
            using var buffering = new ReadBufferingStream(tls);

            var received = new MemoryStream();
            var small = new byte[139];
            var large = new byte[16 * 1024];
            while (received.Length < data.Length)
            {
                // The WebSocket's pattern: wait without a buffer, read a header, then the payload.
                Assert.Equal(0, await buffering.ReadAsync(Memory<byte>.Empty).OrTimeout("zero-byte wait"));
                int header = await buffering.ReadAsync(small.AsMemory()).OrTimeout("header read");
                received.Write(small, 0, header);
                int payload = await buffering.ReadAsync(large.AsMemory()).OrTimeout("payload read");
                received.Write(large, 0, payload);
                Assert.True(header > 0 || payload > 0, "the stream ended early");
            }

            await server.OrTimeout("server");
            Assert.Equal(data, received.ToArray());
        }

        private static X509Certificate2 CreateSelfSignedCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            using X509Certificate2 ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            // SslStream on Linux needs the private key in a loadable form, not an ephemeral handle.
#if NET9_0_OR_GREATER
            return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), password: null);
#else
            // X509CertificateLoader is new in .NET 9 (where the PFX constructor is obsolete); .NET 8 has only the constructor.
            return new X509Certificate2(ephemeral.Export(X509ContentType.Pfx));
#endif
        }
    }
}
