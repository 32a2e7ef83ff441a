using System;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    public class ServiceTests
    {
        [Fact]
        public async Task The_connection_is_reachable_through_the_whole_pipeline()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using ILoggerFactory loggerFactory = new CapturingLoggerProvider().CreateFactory();
            using IRealtimeClient client = TestHarness.Pipeline(TestHarness.Client(emulator), loggerFactory);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();

            VoiceLiveConnection connection = Assert.IsType<VoiceLiveConnection>(session.GetService(typeof(VoiceLiveConnection)));
            Assert.Same(connection, session.GetService<VoiceLiveConnection>());
            Assert.True(connection.IsOpen);
            Assert.Null(session.GetService(typeof(VoiceLiveConnection), serviceKey: "other"));

            // The connection is the real one: sending through it reaches the same emulator connection.
            await connection.InputAudioBuffer.ClearAsync(eventId: "evt_direct");
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            Assert.Equal("evt_direct", (await server.WaitForEventAsync("input_audio_buffer.clear", TestTimeouts.Default)).EventId);
        }

        [Fact]
        public async Task Client_and_session_report_metadata_and_themselves()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            VoiceLiveClient voiceLive = TestHarness.Client(emulator);
            using IRealtimeClient client = voiceLive.AsIRealtimeClient(TestHarness.Model);
            await using IRealtimeClientSession session = await client.CreateSessionAsync();

            ChatClientMetadata metadata = Assert.IsType<ChatClientMetadata>(client.GetService(typeof(ChatClientMetadata)));
            Assert.Equal("azure.ai.voicelive", metadata.ProviderName);
            Assert.Equal(emulator.Endpoint, metadata.ProviderUri);
            Assert.Equal(TestHarness.Model, metadata.DefaultModelId);
            Assert.Same(metadata, session.GetService(typeof(ChatClientMetadata)));
            Assert.Same(voiceLive, client.GetService(typeof(VoiceLiveClient)));
            Assert.Same(client, client.GetService(typeof(IRealtimeClient)));
            Assert.Same(session, session.GetService(typeof(IRealtimeClientSession)));
            Assert.Null(session.GetService(typeof(string)));
            Assert.Throws<ArgumentNullException>(() => session.GetService(null!));
        }

        [Fact]
        public void Bad_arguments_fail_with_argument_exceptions()
        {
            var voiceLive = new VoiceLiveClient(new Uri("http://127.0.0.1:1"), new Azure.AzureKeyCredential("k"));

            Assert.Throws<ArgumentNullException>(() => ((VoiceLiveClient)null!).AsIRealtimeClient("gpt-realtime"));
            Assert.Throws<ArgumentException>(() => voiceLive.AsIRealtimeClient(" "));
            Assert.Throws<ArgumentNullException>(() => voiceLive.AsIRealtimeClient((AgentSessionConfig)null!));
        }

        [Fact]
        public async Task Disposing_the_session_closes_the_connection()
        {
            await using VoiceLiveEmulator emulator = await TestHarness.StartEmulatorAsync();
            using IRealtimeClient client = TestHarness.Client(emulator).AsIRealtimeClient(TestHarness.Model);
            IRealtimeClientSession session = await client.CreateSessionAsync();
            VoiceLiveConnection connection = session.GetService<VoiceLiveConnection>()!;

            await session.DisposeAsync();

            Assert.False(connection.IsOpen);
            EmulatorConnection server = await TestHarness.ServerAsync(emulator);
            await server.Completion.OrTimeout("the emulator to see the close");
            Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, server.ClientCloseStatus);
        }
    }
}
