using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Emulator.Tool;
using Xunit;

namespace VoiceLive.Emulator.Tests
{
    /// <summary>The emulator process explains a taken port in one line (exit code 2) instead of dying with a stack trace.</summary>
    public class StartupTests
    {
        [Fact]
        public async Task A_taken_port_is_one_clear_line_that_suggests_port_0()
        {
            using var occupant = new TcpListener(IPAddress.Loopback, 0);
            occupant.Start();
            int port = ((IPEndPoint)occupant.LocalEndpoint).Port;
            var error = new StringWriter();

            VoiceLiveEmulator? emulator = await Program.StartOrExplainAsync(new VoiceLiveEmulatorOptions { Port = port }, error, CancellationToken.None);

            Assert.Null(emulator);
            string text = error.ToString();
            Assert.Single(text.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.Contains("--port 0", text);
            Assert.DoesNotContain("   at ", text);
        }

        [Fact]
        public async Task The_process_exits_with_code_2_when_the_port_is_taken()
        {
            using var occupant = new TcpListener(IPAddress.Loopback, 0);
            occupant.Start();
            string port = ((IPEndPoint)occupant.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            int exitCode = await Program.Main(new[] { "--port", port });

            Assert.Equal(2, exitCode);
        }
    }
}
