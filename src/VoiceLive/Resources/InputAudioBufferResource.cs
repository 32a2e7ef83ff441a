using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>The input audio buffer: <c>input_audio_buffer.append</c>, <c>.commit</c> and <c>.clear</c>.</summary>
    public class InputAudioBufferResource
    {
        private readonly IClientEventSender _sender;

        internal InputAudioBufferResource(IClientEventSender sender) => _sender = sender;

        /// <summary>For mocking only.</summary>
        protected InputAudioBufferResource() => _sender = null!;

        /// <summary>
        /// Sends <c>input_audio_buffer.append</c> with raw audio in the session's <c>input_audio_format</c> (PCM16
        /// little-endian mono by default). The library base64-encodes it; call it for each chunk as audio arrives
        /// (20–100 ms chunks are typical). Safe to call while other tasks send and receive.
        /// </summary>
        /// <param name="audio">The audio bytes (at most 15 MiB per append); for PCM16, whole 2-byte samples.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send; a frame already being written is finished.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        /// <exception cref="ArgumentException">The session's input format is PCM16 and <paramref name="audio"/> has an odd number of bytes (half a sample, which would shift every later sample).</exception>
        public virtual ValueTask AppendAsync(ReadOnlyMemory<byte> audio, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if ((audio.Length & 1) != 0 && _sender.InputIsPcm16)
            {
                throw new ArgumentException($"PCM16 audio is made of 2-byte samples; {audio.Length} bytes would split a sample. Append whole samples (an even number of bytes).", nameof(audio));
            }

            return _sender.SendAppendAsync(audio, eventId, cancellationToken);
        }

        /// <summary>
        /// Sends <c>input_audio_buffer.append</c> with audio that is already base64-encoded (as the Python package takes it).
        /// The string is checked to be valid base64.
        /// </summary>
        /// <param name="audioBase64">The base64 audio.</param>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        /// <exception cref="FormatException">The string is not valid base64.</exception>
        public virtual ValueTask AppendAsync(string audioBase64, string? eventId = null, CancellationToken cancellationToken = default)
        {
            if (audioBase64 is null)
            {
                throw new ArgumentNullException(nameof(audioBase64));
            }

            return AppendAsync(Convert.FromBase64String(audioBase64), eventId, cancellationToken);
        }

        /// <summary>
        /// Sends <c>input_audio_buffer.commit</c>: turns the buffered audio into a user message item (needed when server VAD
        /// is off). The service answers with <c>input_audio_buffer.committed</c>, or an <c>error</c> if the buffer is empty.
        /// </summary>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task CommitAsync(string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioBufferCommit { EventId = eventId }, cancellationToken).AsTask();

        /// <summary>Sends <c>input_audio_buffer.clear</c>: discards the buffered audio; the service answers with <c>input_audio_buffer.cleared</c>.</summary>
        /// <param name="eventId">An optional client event id.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the frame is on the socket.</returns>
        public virtual Task ClearAsync(string? eventId = null, CancellationToken cancellationToken = default)
            => _sender.SendAsync(new ClientEventInputAudioBufferClear { EventId = eventId }, cancellationToken).AsTask();
    }
}
