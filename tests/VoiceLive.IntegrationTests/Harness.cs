using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive.Emulator;

namespace VoiceLive.IntegrationTests
{
    /// <summary>Starts the in-process emulator and connects the real client (its default transport: own HTTP upgrade, the runtime's WebSocket) to it.</summary>
    internal static class Harness
    {
        /// <summary>Every wait in these tests fails loudly after this long; nothing here should take more than a second.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        public const string Model = "gpt-realtime";

        public static Task<VoiceLiveEmulator> StartEmulatorAsync(Action<VoiceLiveEmulatorOptions>? configure = null)
        {
            var options = new VoiceLiveEmulatorOptions { Port = 0, AudioPacing = EmulatorAudioPacing.AsFastAsPossible };
            configure?.Invoke(options);
            return VoiceLiveEmulator.StartAsync(options);
        }

        public static VoiceLiveClientOptions Options(Action<VoiceLiveClientOptions>? configure = null)
        {
            var options = new VoiceLiveClientOptions { ConnectTimeout = Timeout, CloseTimeout = TimeSpan.FromSeconds(5) };
            configure?.Invoke(options);
            return options;
        }

        /// <summary>Connects with an API key; <paramref name="faultQuery"/> adds emulator fault parameters ("name=value&amp;…").</summary>
        public static Task<VoiceLiveConnection> ConnectAsync(VoiceLiveEmulator emulator, string? faultQuery = null, Action<VoiceLiveClientOptions>? configure = null, string key = "test-key")
        {
            VoiceLiveClientOptions options = Options(configure);
            foreach (KeyValuePair<string, string> pair in ParseQuery(faultQuery))
            {
                options.AdditionalQueryParameters[pair.Key] = pair.Value;
            }

            return VoiceLiveClient.ConnectAsync(emulator.Endpoint, new AzureKeyCredential(key), Model, options);
        }

        /// <summary>Connects and reads session.created; returns the connection, a reader and the emulator's side.</summary>
        public static async Task<(VoiceLiveConnection Connection, EventReader Reader, EmulatorConnection Server)> ConnectReadyAsync(
            VoiceLiveEmulator emulator, string? faultQuery = null, Action<VoiceLiveClientOptions>? configure = null)
        {
            VoiceLiveConnection connection = await ConnectAsync(emulator, faultQuery, configure);
            var reader = new EventReader(connection);
            await reader.WaitForAsync<ServerEventSessionCreated>();
            EmulatorConnection server = await emulator.WaitForConnectionAsync(emulator.Connections.Count - 1, Timeout);
            return (connection, reader, server);
        }

        /// <summary>Sends a session.update and waits for its session.updated.</summary>
        public static async Task<ServerEventSessionUpdated> UpdateSessionAsync(VoiceLiveConnection connection, EventReader reader, RequestSession session)
        {
            await connection.Session.UpdateAsync(session);
            return await reader.WaitForAsync<ServerEventSessionUpdated>();
        }

        /// <summary>Sends audio as input_audio_buffer.append events of about 100 ms each.</summary>
        public static async Task AppendAudioAsync(VoiceLiveConnection connection, byte[] audio, int chunkBytes)
        {
            for (int offset = 0; offset < audio.Length; offset += chunkBytes)
            {
                int count = Math.Min(chunkBytes, audio.Length - offset);
                await connection.InputAudioBuffer.AppendAsync(new ReadOnlyMemory<byte>(audio, offset, count));
            }
        }

        /// <summary>Silence, the sentence (with the synthesizer's own 200 ms lead and tail), then 1 s of silence.</summary>
        public static short[] Utterance(string text, int rate, int leadMs = 300)
        {
            return EmulatorSpeech.Silence(leadMs, rate)
                .Concat(EmulatorSpeech.Synthesize(text, rate))
                .Concat(EmulatorSpeech.Silence(1000, rate))
                .ToArray();
        }

        private static IEnumerable<KeyValuePair<string, string>> ParseQuery(string? query)
        {
            if (string.IsNullOrEmpty(query))
            {
                yield break;
            }

            foreach (string part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = part.IndexOf('=');
                yield return eq < 0
                    ? new KeyValuePair<string, string>(part, string.Empty)
                    : new KeyValuePair<string, string>(part.Substring(0, eq), Uri.UnescapeDataString(part[(eq + 1)..]));
            }
        }
    }

    /// <summary>
    /// Reads the client's event stream through the public <see cref="VoiceLiveConnection.ReceiveAsync"/> and keeps every
    /// event; each wait fails with a <see cref="TimeoutException"/> listing what arrived.
    /// </summary>
    internal sealed class EventReader
    {
        private readonly VoiceLiveConnection _connection;

        public EventReader(VoiceLiveConnection connection)
        {
            _connection = connection;
        }

        /// <summary>Every event read so far, in order.</summary>
        public List<ServerEvent> Received { get; } = new();

        /// <summary>True once ReceiveAsync returned null (the normal end of the stream).</summary>
        public bool Ended { get; private set; }

        /// <summary>The next event, or null at the normal end of the stream.</summary>
        public async Task<ServerEvent?> NextAsync(TimeSpan? timeout = null)
        {
            using var cts = new CancellationTokenSource(timeout ?? Harness.Timeout);
            try
            {
                ServerEvent? evt = await _connection.ReceiveAsync(cts.Token);
                if (evt is null)
                {
                    Ended = true;
                }
                else
                {
                    Received.Add(evt);
                }

                return evt;
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"No event within {(timeout ?? Harness.Timeout).TotalSeconds} s; received so far: {Describe()}");
            }
        }

        /// <summary>Reads until an event of type <typeparamref name="T"/> matching <paramref name="match"/> arrives.</summary>
        public async Task<T> WaitForAsync<T>(Func<T, bool>? match = null, TimeSpan? timeout = null)
            where T : ServerEvent
        {
            List<ServerEvent> _ = await CollectUntilAsync(match, timeout);
            return (T)Received[^1];
        }

        /// <summary>Reads until (and including) a matching <typeparamref name="T"/>; returns everything read on the way.</summary>
        public async Task<List<ServerEvent>> CollectUntilAsync<T>(Func<T, bool>? match = null, TimeSpan? timeout = null)
            where T : ServerEvent
        {
            DateTime deadline = DateTime.UtcNow + (timeout ?? Harness.Timeout);
            var events = new List<ServerEvent>();
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"Timed out waiting for {typeof(T).Name}; received so far: {Describe()}");
                }

                ServerEvent? evt = await NextAsync(left);
                if (evt is null)
                {
                    throw new InvalidOperationException($"The stream ended normally while waiting for {typeof(T).Name}; received: {Describe()}");
                }

                events.Add(evt);
                if (evt is T typed && (match is null || match(typed)))
                {
                    return events;
                }
            }
        }

        /// <summary>Reads until the stream ends (normally: returns; otherwise the close exception propagates).</summary>
        public async Task<List<ServerEvent>> ReadToEndAsync(TimeSpan? timeout = null)
        {
            DateTime deadline = DateTime.UtcNow + (timeout ?? Harness.Timeout);
            var events = new List<ServerEvent>();
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"The stream did not end; received so far: {Describe()}");
                }

                ServerEvent? evt = await NextAsync(left);
                if (evt is null)
                {
                    return events;
                }

                events.Add(evt);
            }
        }

        public List<T> OfType<T>()
            where T : ServerEvent
        {
            return Received.OfType<T>().ToList();
        }

        public string Describe()
        {
            return "[" + string.Join(", ", Received.Select(e => e.Type)) + "]";
        }
    }
}
