using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace VoiceLive.Samples
{
    /// <summary>One user turn, typed or spoken, sent as MEAI client messages, and the tool calls it should cause.</summary>
    internal sealed class Turn
    {
        private const int SampleRate = 24000;
        private const int ChunkMs = 100;

        private readonly string _label;
        private readonly string? _text;
        private readonly byte[]? _audio;
        private readonly string[] _expectedCalls;

        private Turn(string label, string? text, byte[]? audio, string[] expectedCalls)
        {
            _label = label;
            _text = text;
            _audio = audio;
            _expectedCalls = expectedCalls;
        }

        public static Turn Typed(string text, params string[] expectedCalls) => new Turn(text, text, null, expectedCalls);

        public static Turn Spoken(string label, byte[] pcm16, params string[] expectedCalls) => new Turn(label, null, pcm16, expectedCalls);

        /// <summary>
        /// Typed: the message as a conversation item, then a response request. Spoken: 24 kHz PCM16 in 100 ms appends and a
        /// second of silence; server VAD ends the turn and asks for the response itself.
        /// </summary>
        public async Task StartAsync(IRealtimeClientSession session, bool pace, CancellationToken cancellationToken)
        {
            if (_text is not null)
            {
                Console.WriteLine($"You (typed): {_text}");
                var item = new RealtimeConversationItem(new List<AIContent> { new TextContent(_text) }, null, ChatRole.User);
                await session.SendAsync(new CreateConversationItemRealtimeClientMessage(item), cancellationToken);
                await session.SendAsync(new CreateResponseRealtimeClientMessage(), cancellationToken);
                return;
            }

            Console.WriteLine($"You (spoken): {_label}");
            byte[] audio = _audio!.Concat(new byte[SampleRate * 2]).ToArray();
            int chunkBytes = SampleRate * 2 * ChunkMs / 1000;
            Stopwatch clock = Stopwatch.StartNew();
            for (int offset = 0, sent = 1; offset < audio.Length; offset += chunkBytes, sent++)
            {
                byte[] chunk = audio.AsSpan(offset, Math.Min(chunkBytes, audio.Length - offset)).ToArray();
                await session.SendAsync(new InputAudioBufferAppendRealtimeClientMessage(new DataContent(chunk, "audio/pcm")), cancellationToken);
                if (pace)
                {
                    // A live microphone: schedule against the start so that send latency does not accumulate.
                    TimeSpan wait = TimeSpan.FromMilliseconds(sent * ChunkMs) - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }
                }
            }
        }

        /// <summary>
        /// On the emulator the calls are exactly the expected ones and the answer quotes what the tools returned; a real
        /// model chooses for itself, so there only an answer is required.
        /// </summary>
        public void Check(string[] calls, string answer, bool exact)
        {
            if (string.IsNullOrWhiteSpace(answer))
            {
                throw new SampleFailedException($"no answer to \"{_label}\".");
            }

            if (exact && !calls.SequenceEqual(_expectedCalls))
            {
                throw new SampleFailedException($"\"{_label}\" called [{string.Join(", ", calls)}], expected [{string.Join(", ", _expectedCalls)}].");
            }

            if (exact && !answer.Contains("returned", StringComparison.Ordinal))
            {
                throw new SampleFailedException($"the answer to \"{_label}\" does not use the tool results: {answer}");
            }
        }
    }
}
