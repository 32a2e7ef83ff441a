using System;
using System.ClientModel;
using System.Threading.Tasks;
using OpenAI.Realtime;

namespace VoiceLive.Benchmarks
{
    /// <summary>
    /// The OpenAI .NET realtime client (<c>OpenAI.Realtime.RealtimeClient</c>) reading the emulator's firehose: its
    /// endpoint option points at the emulator, whose firehose names its deltas as OpenAI's GA API does (so the client
    /// types and decodes them as it would from OpenAI's service); the firehose query rides on its session options' query string (which replaces the model parameter the client would add, so it carries the model too).
    /// </summary>
    public static class OpenAIPeer
    {
        public static async Task<Measurement> RunAsync(Uri endpoint, int count)
        {
            var options = new RealtimeClientOptions { Endpoint = OpenAIEndpoint(endpoint) };
            var client = new RealtimeClient(new ApiKeyCredential("benchmark"), options);
            var sessionOptions = new RealtimeSessionClientOptions { QueryString = "api-version=2026-07-15&model=gpt-realtime&" + ReceiveHarness.PeerQuery(count) + "&emulator-firehose-names=openai" };
            using RealtimeSessionClient session = await client.StartConversationSessionAsync("gpt-realtime", sessionOptions).ConfigureAwait(false);
            var updates = session.ReceiveUpdatesAsync().GetAsyncEnumerator();
            try
            {
                if (!await updates.MoveNextAsync().ConfigureAwait(false))
                {
                    throw new InvalidOperationException("The emulator closed the OpenAI client's connection before session.created.");
                }

                var meter = new Meter();
                await session.StartResponseAsync().ConfigureAwait(false);
                int events = 0;
                long audioBytes = 0;
                long sink = 0;
                while (await updates.MoveNextAsync().ConfigureAwait(false))
                {
                    events++;
                    RealtimeServerUpdate update = updates.Current;
                    if (update is RealtimeServerUpdateResponseOutputAudioDelta audio)
                    {
                        ReadOnlySpan<byte> bytes = audio.Delta.ToMemory().Span;
                        sink += bytes[0] + bytes[bytes.Length - 1];
                        audioBytes += bytes.Length;
                    }
                    else if (update is RealtimeServerUpdateResponseDone)
                    {
                        break;
                    }
                }

                Measurement m = meter.Stop(events);
                if (audioBytes != (long)count * ReceiveHarness.PeerChunkBytes)
                {
                    throw new InvalidOperationException($"The OpenAI client received {audioBytes} audio bytes, expected {(long)count * ReceiveHarness.PeerChunkBytes}.");
                }

                GC.KeepAlive(sink);
                return m;
            }
            finally
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The OpenAI client appending <paramref name="count"/> chunks (<c>SendInputAudioAsync(BinaryData)</c>) to the
        /// emulator's sink, timed from the first append to the last one's completion, as the send harness times the others.
        /// </summary>
        public static async Task<Measurement> SendAsync(Uri endpoint, int count)
        {
            var options = new RealtimeClientOptions { Endpoint = OpenAIEndpoint(endpoint) };
            var client = new RealtimeClient(new ApiKeyCredential("benchmark"), options);
            var sessionOptions = new RealtimeSessionClientOptions { QueryString = "api-version=2026-07-15&model=gpt-realtime&" + SendHarness.PeerQuery };
            using RealtimeSessionClient session = await client.StartConversationSessionAsync("gpt-realtime", sessionOptions).ConfigureAwait(false);
            var updates = session.ReceiveUpdatesAsync().GetAsyncEnumerator();
            try
            {
                if (!await updates.MoveNextAsync().ConfigureAwait(false))
                {
                    throw new InvalidOperationException("The emulator closed the OpenAI client's connection before session.created.");
                }

                // The app's audio as it would hold it: one BinaryData over the same bytes, reused for every append.
                BinaryData audio = BinaryData.FromBytes(SendHarness.PeerAudio());
                var meter = new Meter();
                for (int i = 0; i < count; i++)
                {
                    await session.SendInputAudioAsync(audio).ConfigureAwait(false);
                }

                return meter.Stop(count);
            }
            finally
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>The emulator's address as the OpenAI client's endpoint (it appends <c>/realtime</c>, which makes the emulator's own path).</summary>
        private static Uri OpenAIEndpoint(Uri emulator) => new Uri($"http://{emulator.Authority}/voice-live");
    }
}
