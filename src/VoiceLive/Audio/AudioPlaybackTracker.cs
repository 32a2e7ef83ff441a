using System;

namespace VoiceLive
{
    /// <summary>
    /// Tracks how much of the assistant's current audio item was received and how much was actually played, so that
    /// a barge-in truncates the conversation exactly where the user stopped hearing it. It clamps the position to the
    /// audio received (the service rejects a later point), deletes the item instead when nothing was played (the
    /// service rejects truncating at 0 ms), and starts over whenever a new item's audio begins.
    /// Thread-safe: the receive loop and the audio player may call it from different threads.
    /// </summary>
    public sealed class AudioPlaybackTracker
    {
        private readonly object _gate = new object();
        private readonly int _bytesPerSecond;
        private string? _itemId;
        private int _contentIndex;
        private long _receivedBytes;
        private long _playedBytes;

        /// <summary>Creates a tracker for audio in the given output format.</summary>
        /// <param name="outputAudioFormat">The session's <c>output_audio_format</c> (default <c>pcm16</c>, 24 kHz).</param>
        public AudioPlaybackTracker(OutputAudioFormat outputAudioFormat)
            : this(BytesPerSecondOf(outputAudioFormat))
        {
        }

        /// <summary>Creates a tracker for audio of the given byte rate (48,000 for 24 kHz PCM16 mono).</summary>
        /// <param name="bytesPerSecond">Bytes of audio per second of playback.</param>
        public AudioPlaybackTracker(int bytesPerSecond)
        {
            _bytesPerSecond = bytesPerSecond > 0 ? bytesPerSecond : throw new ArgumentOutOfRangeException(nameof(bytesPerSecond));
        }

        /// <summary>The assistant item whose audio is being tracked, or null before any audio arrived.</summary>
        public string? ItemId
        {
            get { lock (_gate) { return _itemId; } }
        }

        /// <summary>Milliseconds of the current item's audio received so far.</summary>
        public int ReceivedMs
        {
            get { lock (_gate) { return ToMs(_receivedBytes); } }
        }

        /// <summary>Milliseconds of the current item's audio played so far (never more than received).</summary>
        public int PlayedMs
        {
            get { lock (_gate) { return ToMs(_playedBytes); } }
        }

        /// <summary>True while received audio has not all been played yet (the assistant is audibly speaking).</summary>
        public bool IsPlaying
        {
            get { lock (_gate) { return _itemId is not null && _playedBytes < _receivedBytes; } }
        }

        /// <summary>Bytes per second of playback for a service output format.</summary>
        /// <param name="format">The <c>output_audio_format</c>.</param>
        /// <returns>The byte rate (mono).</returns>
        public static int BytesPerSecondOf(OutputAudioFormat format)
        {
            if (format == OutputAudioFormat.Pcm16At8000Hz)
            {
                return 16000;
            }

            if (format == OutputAudioFormat.Pcm16At16000Hz)
            {
                return 32000;
            }

            if (format == OutputAudioFormat.G711Ulaw || format == OutputAudioFormat.G711Alaw)
            {
                return 8000;
            }

            return 48000; // pcm16: 24 kHz, 16-bit, mono
        }

        /// <summary>Counts a <c>response.audio.delta</c>; a delta of another item starts tracking that item afresh.</summary>
        /// <param name="delta">The audio delta event.</param>
        public void OnAudioDelta(ServerEventResponseAudioDelta delta)
        {
            if (delta is null)
            {
                throw new ArgumentNullException(nameof(delta));
            }

            OnAudioReceived(delta.ItemId, delta.ContentIndex, delta.Delta.Length);
        }

        /// <summary>Counts received audio of an item; a different item or content part starts tracking afresh.</summary>
        /// <param name="itemId">The assistant item the audio belongs to.</param>
        /// <param name="contentIndex">Its content part.</param>
        /// <param name="byteCount">How many bytes of audio arrived.</param>
        public void OnAudioReceived(string itemId, int contentIndex, int byteCount)
        {
            lock (_gate)
            {
                if (!string.Equals(itemId, _itemId, StringComparison.Ordinal) || contentIndex != _contentIndex)
                {
                    _itemId = itemId;
                    _contentIndex = contentIndex;
                    _receivedBytes = 0;
                    _playedBytes = 0;
                }

                _receivedBytes += byteCount;
            }
        }

        /// <summary>Reports audio the player actually played (or handed to the sound device).</summary>
        /// <param name="byteCount">Bytes played since the last report.</param>
        public void OnAudioPlayed(int byteCount)
        {
            lock (_gate)
            {
                _playedBytes = Math.Min(_receivedBytes, _playedBytes + Math.Max(0, byteCount));
            }
        }

        /// <summary>
        /// The event that makes the conversation match what the user heard: <c>conversation.item.truncate</c> at the
        /// played position, <c>conversation.item.delete</c> when nothing was played, or null when there is nothing to
        /// correct (no audio, or all of it was played). Send it after cancelling the response on barge-in.
        /// </summary>
        /// <returns>The event to send, or null.</returns>
        public ClientEvent? CreateInterruptionEvent()
        {
            lock (_gate)
            {
                if (_itemId is null || _playedBytes >= _receivedBytes)
                {
                    return null;
                }

                // Protocol: the service rejects truncating at 0 ms ("only model output audio can be truncated").
                int playedMs = ToMs(_playedBytes);
                return playedMs == 0
                    ? new ClientEventConversationItemDelete(_itemId)
                    : new ClientEventConversationItemTruncate(_itemId, _contentIndex, Math.Min(playedMs, ToMs(_receivedBytes)));
            }
        }

        /// <summary>Forgets the current item (for example after the interruption was sent).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _itemId = null;
                _contentIndex = 0;
                _receivedBytes = 0;
                _playedBytes = 0;
            }
        }

        private int ToMs(long bytes) => (int)(bytes * 1000 / _bytesPerSecond);
    }
}
