using System;
using System.Threading.Tasks;
using Azure;

namespace VoiceLive.Tests
{
    public abstract class ConnectionTestBase
    {
        internal static readonly Uri Endpoint = new Uri("https://unit-test.services.ai.azure.com");

        internal static VoiceLiveClientOptions OptionsWith(FakeConnector connector, Action<VoiceLiveClientOptions>? configure = null)
        {
            // Connect retries wait for nothing here: tests assert the delays asked for, never sleep through them.
            var options = new VoiceLiveClientOptions { Connector = connector, CloseTimeout = TimeSpan.FromSeconds(2), RetryDelay = (_, _) => Task.CompletedTask };
            configure?.Invoke(options);
            return options;
        }

        internal static async Task<(VoiceLiveConnection Connection, ScriptedWebSocket Socket)> ConnectAsync(Action<ScriptedWebSocket>? script = null, Action<VoiceLiveClientOptions>? configure = null)
        {
            var connector = new FakeConnector(() =>
            {
                var socket = FakeConnector.WithSessionCreated(new ScriptedWebSocket());
                script?.Invoke(socket);
                return socket;
            });
            VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(Endpoint, new AzureKeyCredential("test-key"), "gpt-realtime", OptionsWith(connector, configure)).OrTimeout("connect");
            return (connection, connector.LastSocket!);
        }
    }
}
