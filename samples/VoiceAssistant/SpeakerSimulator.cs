using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Samples
{
    /// <summary>
    /// Stands in for a loudspeaker: plays queued PCM16 audio at real-time pace (every 20 ms it "plays" 20 ms worth),
    /// keeps what it played, and reports it to an <see cref="AudioPlaybackTracker"/> so that a barge-in knows how
    /// much of the reply the user actually heard. A real app does the same from its audio device's callback.
    /// </summary>
    internal sealed class SpeakerSimulator : IAsyncDisposable
    {
        private const int TickMs = 20;
        private readonly object _gate = new object();
        private readonly Queue<byte[]> _pending = new Queue<byte[]>();
        private readonly MemoryStream _played = new MemoryStream();
        private readonly AudioPlaybackTracker _tracker;
        private readonly int _bytesPerSecond;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _loop;
        private int _headOffset;

        public SpeakerSimulator(AudioPlaybackTracker tracker, int bytesPerSecond)
        {
            _tracker = tracker;
            _bytesPerSecond = bytesPerSecond;
            _loop = Task.Run(PlayLoopAsync);
        }

        /// <summary>True while queued audio has not been played yet.</summary>
        public bool HasPendingAudio
        {
            get { lock (_gate) { return _pending.Count > 0; } }
        }

        /// <summary>Everything played so far, in order.</summary>
        public byte[] PlayedAudio
        {
            get { lock (_gate) { return _played.ToArray(); } }
        }

        /// <summary>Queues audio received from the service.</summary>
        public void Enqueue(ReadOnlyMemory<byte> audio)
        {
            lock (_gate)
            {
                _pending.Enqueue(audio.ToArray());
            }
        }

        /// <summary>Stops playback at once and drops the queued audio; returns how many milliseconds were dropped.</summary>
        public int Stop()
        {
            lock (_gate)
            {
                long dropped = -_headOffset;
                foreach (byte[] chunk in _pending)
                {
                    dropped += chunk.Length;
                }

                _pending.Clear();
                _headOffset = 0;
                return (int)(dropped * 1000 / _bytesPerSecond);
            }
        }

        /// <summary>Waits until the queue is played out, or the timeout passes.</summary>
        public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            while (HasPendingAudio && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TickMs, cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }

            _stop.Dispose();
        }

        private async Task PlayLoopAsync()
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(TickMs));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            TimeSpan last = TimeSpan.Zero;
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                // Play as much audio as wall time has passed (ticks can be late on a busy machine), in whole samples.
                TimeSpan now = clock.Elapsed;
                int bytesPerTick = (int)(Math.Min((now - last).TotalSeconds, 0.2) * _bytesPerSecond) / 2 * 2;
                last = now;
                int played = 0;
                lock (_gate)
                {
                    while (played < bytesPerTick && _pending.Count > 0)
                    {
                        byte[] head = _pending.Peek();
                        int take = Math.Min(bytesPerTick - played, head.Length - _headOffset);
                        _played.Write(head, _headOffset, take);
                        _headOffset += take;
                        played += take;
                        if (_headOffset == head.Length)
                        {
                            _pending.Dequeue();
                            _headOffset = 0;
                        }
                    }
                }

                if (played > 0)
                {
                    _tracker.OnAudioPlayed(played);
                }
            }
        }
    }
}
