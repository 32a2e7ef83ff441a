using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace VoiceLive.Tests
{
    /// <summary>Accepts connections on loopback and answers each upgrade request with a scripted response.</summary>
    internal sealed class RawHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _clients = new List<TcpClient>();

        public RawHttpServer() => _listener.Start();

        public bool HasPendingConnection => _listener.Pending();

        public Uri Uri(string pathAndQuery) => new Uri($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{pathAndQuery}");

        /// <summary>
        /// Takes the next connection, reads its request head and writes the response built from the request's
        /// Sec-WebSocket-Key (plus any bytes that should arrive in the same write); returns the request head.
        /// </summary>
        public async Task<string> AnswerAsync(Func<string, string> response, byte[]? frameAfterHeaders = null)
        {
            TcpClient client = await _listener.AcceptTcpClientAsync();
            _clients.Add(client); // kept open: a 101 leaves the connection to the WebSocket
            NetworkStream stream = client.GetStream();
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one.AsMemory()) == 0)
                {
                    throw new InvalidOperationException("The client closed before finishing its request.");
                }

                head.Append((char)one[0]);
            }

            string request = head.ToString();
            Match key = Regex.Match(request, "^Sec-WebSocket-Key: (.+)\r$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
            byte[] answer = Encoding.ASCII.GetBytes(response(key.Success ? key.Groups[1].Value : string.Empty));
            if (frameAfterHeaders is not null)
            {
                var both = new byte[answer.Length + frameAfterHeaders.Length];
                answer.CopyTo(both, 0);
                frameAfterHeaders.CopyTo(both, answer.Length);
                answer = both;
            }

            await stream.WriteAsync(answer.AsMemory());
            return request;
        }

        public void Dispose()
        {
            foreach (TcpClient client in _clients)
            {
                client.Dispose();
            }

            _listener.Stop();
        }
    }
}
