using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Azure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>Starts the in-process emulator and builds the provider, alone or under the real MEAI middleware.</summary>
    internal static class TestHarness
    {
        public const string Model = "gpt-realtime";

        /// <summary>The ActivitySource name the OpenTelemetry middleware is given in these tests.</summary>
        public const string TelemetrySource = "VoiceLive.Extensions.AI.Tests";

        public static Task<VoiceLiveEmulator> StartEmulatorAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
        {
            var options = new VoiceLiveEmulatorOptions { Port = 0, AudioPacing = EmulatorAudioPacing.AsFastAsPossible };
            configure?.Invoke(options);
            return VoiceLiveEmulator.StartAsync(options);
        }

        public static VoiceLiveClient Client(VoiceLiveEmulator emulator, ILoggerFactory? loggerFactory = null)
            => new VoiceLiveClient(emulator.Endpoint, new AzureKeyCredential("test-key"), new VoiceLiveClientOptions
            {
                ConnectTimeout = TimeSpan.FromSeconds(10),
                CloseTimeout = TimeSpan.FromSeconds(5),
                LoggerFactory = loggerFactory,
            });

        /// <summary>The pipeline the issue names: function invocation, OpenTelemetry and logging over the provider.</summary>
        public static IRealtimeClient Pipeline(VoiceLiveClient client, ILoggerFactory loggerFactory, Action<FunctionInvokingRealtimeClient>? configure = null)
            => client.AsIRealtimeClient(Model)
                .AsBuilder()
                .UseFunctionInvocation(loggerFactory, configure)
                .UseOpenTelemetry(loggerFactory, TelemetrySource)
                .UseLogging(loggerFactory)
                .Build();

        /// <summary>The emulator's side of the newest connection.</summary>
        public static Task<EmulatorConnection> ServerAsync(VoiceLiveEmulator emulator)
            => emulator.WaitForConnectionAsync(emulator.Connections.Count - 1, TestTimeouts.Default);

        public static RealtimeConversationItem UserText(string text)
            => new RealtimeConversationItem(new List<AIContent> { new TextContent(text) }, null, ChatRole.User);

        /// <summary>Sends a user text message and asks for a response, as an app on MEAI does.</summary>
        public static async Task AskAsync(IRealtimeClientSession session, string text)
        {
            await session.SendAsync(new CreateConversationItemRealtimeClientMessage(UserText(text)));
            await session.SendAsync(new CreateResponseRealtimeClientMessage());
        }

        /// <summary>The JSON of every event of <paramref name="type"/> the emulator received, in order.</summary>
        public static List<JsonNode> Received(EmulatorConnection server, string type)
            => server.ReceivedEvents.Where(e => e.Type == type).Select(e => e.ToJsonNode()).ToList();

        /// <summary>Waits for the <paramref name="count"/>-th client event of <paramref name="type"/> and returns its JSON.</summary>
        public static async Task<JsonNode> WaitForReceivedAsync(EmulatorConnection server, string type, int count = 1)
        {
            await server.WaitAsync(_ => server.ReceivedEvents.Count(e => e.Type == type) >= count, TestTimeouts.Default, $"{count} × {type}");
            return Received(server, type)[count - 1];
        }
    }
}
