using System;

namespace VoiceLive
{
    /// <summary>
    /// Tracks how much of the assistant's current audio item was received and how much was actually played, so that
    /// a barge-in truncates the conversation exactly where the user stopped hearing it. It clamps the position to the
    /// audio received (the service rejects a later point), deletes the item instead when nothing was played (the
    /// service rejects truncating at 0 ms), and starts over whenever a new item's audio begins.
    /// Thread-safe: the receive loop and the audio player may call it from different threads.
    /// <para>
    /// Local playback (the constructors): the app reports played audio with <see cref="OnAudioPlayed"/>. Remote playback
    /// (<see cref="ForRemotePlayback"/>), for a far end that plays the audio itself (a phone call, a browser): the
    /// tracker assumes each delta is forwarded as it arrives and played continuously from the first one, so the played
    /// position is the time elapsed since the item's first delta, never more than was received; the far end's own
    /// reports (<see cref="OnRemotePlayedUpTo"/> from a playback acknowledgement such as a Twilio <c>mark</c>, or
    /// <see cref="OnRemoteBufferLevel"/> from its jitter buffer) re-anchor that clock.
    /// </para>
    /// </summary>
    public sealed class AudioPlaybackTracker
    {
        private readonly object _gate = new object();
        private readonly int _bytesPerSecond;
        private string? _itemId;
        private int _contentIndex;
        private long _receivedBytes;
        private long _playedBytes;
        private readonly TimeProvider? _clock;
        private long _anchorBytes;
        private long _anchorTimestamp;

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

        private AudioPlaybackTracker(int bytesPerSecond, TimeProvider clock)
            : this(bytesPerSecond)
        {
            _clock = clock;
        }

        /// <summary>
        /// Creates a tracker for audio that a far end plays (telephony, a browser), where the app cannot count played
        /// bytes: the played position is estimated from the clock and the far end's reports (see the class remarks).
        /// </summary>
        /// <param name="outputAudioFormat">The session's <c>output_audio_format</c>.</param>
        /// <param name="timeProvider">The clock (the system clock when null; a fake one in tests).</param>
        /// <returns>A tracker in remote-playback mode.</returns>
        public static AudioPlaybackTracker ForRemotePlayback(OutputAudioFormat outputAudioFormat, TimeProvider? timeProvider = null)
            => new AudioPlaybackTracker(BytesPerSecondOf(outputAudioFormat), timeProvider ?? TimeProvider.System);

        /// <summary>True for a tracker made by <see cref="ForRemotePlayback"/>.</summary>
        public bool IsRemotePlayback => _clock is not null;

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
            get { lock (_gate) { return ToMs(PlayedBytes()); } }
        }

        /// <summary>True while received audio has not all been played yet (the assistant is audibly speaking).</summary>
        public bool IsPlaying
        {
            get { lock (_gate) { return _itemId is not null && PlayedBytes() < _receivedBytes; } }
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
                    _anchorBytes = 0;
                    _anchorTimestamp = _clock?.GetTimestamp() ?? 0;
                }

                _receivedBytes += byteCount;
            }
        }

        /// <summary>Reports audio the player actually played (or handed to the sound device).</summary>
        /// <param name="byteCount">Bytes played since the last report.</param>
        /// <exception cref="InvalidOperationException">The tracker is in remote-playback mode (use <see cref="OnRemotePlayedUpTo"/>).</exception>
        public void OnAudioPlayed(int byteCount)
        {
            if (_clock is not null)
            {
                throw new InvalidOperationException("A remote-playback tracker follows the far end's clock; report its acknowledgements with OnRemotePlayedUpTo.");
            }

            lock (_gate)
            {
                _playedBytes = Math.Min(_receivedBytes, _playedBytes + Math.Max(0, byteCount));
            }
        }

        /// <summary>
        /// Remote playback: the far end confirms it has played <paramref name="itemId"/>'s audio up to
        /// <paramref name="playedMs"/> (for example a Twilio <c>mark</c> sent after that audio came back). The clock
        /// continues from there. A report for another item, or behind an earlier report, is ignored.
        /// </summary>
        /// <param name="itemId">The item the acknowledged audio belongs to.</param>
        /// <param name="playedMs">The item's audio played so far, in milliseconds.</param>
        /// <exception cref="InvalidOperationException">The tracker is in local-playback mode.</exception>
        public void OnRemotePlayedUpTo(string itemId, int playedMs)
        {
            EnsureRemote();
            lock (_gate)
            {
                if (!string.Equals(itemId, _itemId, StringComparison.Ordinal))
                {
                    return;
                }

                // The far end's word beats the clock's estimate, even when it is lower (its playback started late);
                // only a report older than the last one is stale.
                long bytes = Math.Min(_receivedBytes, Math.Max(0, (long)playedMs) * _bytesPerSecond / 1000);
                if (bytes >= _anchorBytes)
                {
                    _anchorBytes = bytes;
                    _anchorTimestamp = _clock!.GetTimestamp();
                }
            }
        }

        /// <summary>
        /// Remote playback: the far end reports how much of the current item's audio it still holds unplayed (its
        /// jitter buffer); the played position becomes the received audio minus that, and the clock continues from there.
        /// </summary>
        /// <param name="bufferedBytes">Bytes (in the output format) received but not yet played by the far end.</param>
        /// <exception cref="InvalidOperationException">The tracker is in local-playback mode.</exception>
        public void OnRemoteBufferLevel(int bufferedBytes)
        {
            EnsureRemote();
            lock (_gate)
            {
                _anchorBytes = Math.Max(0, _receivedBytes - Math.Max(0, bufferedBytes));
                _anchorTimestamp = _clock!.GetTimestamp();
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
                long played = PlayedBytes();
                if (_itemId is null || played >= _receivedBytes)
                {
                    return null;
                }

                // Protocol: the service rejects truncating at 0 ms ("only model output audio can be truncated").
                int playedMs = ToMs(played);
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
                _anchorBytes = 0;
            }
        }

        // Remote mode: continuous playback from the last anchor, never past what was received. Caller holds the gate.
        private long PlayedBytes()
        {
            if (_clock is null)
            {
                return _playedBytes;
            }

            if (_itemId is null)
            {
                return 0;
            }

            TimeSpan elapsed = _clock.GetElapsedTime(_anchorTimestamp);
            long estimate = _anchorBytes + (elapsed.Ticks * _bytesPerSecond / TimeSpan.TicksPerSecond);
            return Math.Min(_receivedBytes, Math.Max(_anchorBytes, estimate));
        }

        private void EnsureRemote()
        {
            if (_clock is null)
            {
                throw new InvalidOperationException("Only a tracker made by ForRemotePlayback takes far-end playback reports.");
            }
        }

        private int ToMs(long bytes) => (int)(bytes * 1000 / _bytesPerSecond);
    }
}
