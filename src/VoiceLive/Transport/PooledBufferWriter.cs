using System;
using System.Buffers;
using System.Text.Json;

namespace VoiceLive.Transport
{
    /// <summary>
    /// A growable <see cref="IBufferWriter{T}"/> over buffers rented from <see cref="ArrayPool{T}.Shared"/>.
    /// Reused across frames (call <see cref="Clear"/>), so steady-state sends and receives allocate nothing.
    /// </summary>
    internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private const int MinimumGrowth = 256;
        private byte[] _buffer;
        private int _written;
        private Utf8JsonWriter? _jsonWriter;
        private JsonWriterOptions _jsonWriterOptions;

        public PooledBufferWriter(int initialCapacity = 4096)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, MinimumGrowth));
        }

        /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
        public ReadOnlyMemory<byte> WrittenMemory => new ReadOnlyMemory<byte>(_buffer, 0, _written);

        /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        /// <summary>How many bytes have been written.</summary>
        public int WrittenCount => _written;

        /// <summary>The capacity of the current buffer.</summary>
        public int Capacity => _buffer.Length;

        /// <summary>Forgets what was written, keeping the buffer.</summary>
        public void Clear() => _written = 0;

        /// <summary>Forgets what was written and returns an oversized buffer to the pool, keeping memory bounded.</summary>
        public void Reset(int keepCapacity)
        {
            _written = 0;
            if (_buffer.Length > keepCapacity)
            {
                byte[] old = _buffer;
                _buffer = ArrayPool<byte>.Shared.Rent(keepCapacity);
                ArrayPool<byte>.Shared.Return(old);
            }
        }

        /// <summary>
        /// Forgets what was written and gives the buffer back to the pool; the next write rents one again. For a
        /// connection that is waiting: a thousand idle sessions should not each sit on kilobytes of buffer.
        /// </summary>
        public void Release()
        {
            _written = 0;
            byte[] buffer = _buffer;
            if (buffer.Length > 0)
            {
                _buffer = Array.Empty<byte>();
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            EnsureCapacity(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            EnsureCapacity(sizeHint);
            return _buffer.AsSpan(_written);
        }

        /// <summary>
        /// A <see cref="Utf8JsonWriter"/> over this buffer, created once and reset for each use: a new writer per frame
        /// is an allocation per send. Callers must <see cref="Utf8JsonWriter.Flush"/> before reading the written bytes.
        /// </summary>
        public Utf8JsonWriter GetJsonWriter(JsonWriterOptions options)
        {
            // Compared with the options it was created from: the writer reports normalized ones (MaxDepth 0 reads as 1000).
            if (_jsonWriter is null || !SameOptions(_jsonWriterOptions, options))
            {
                _jsonWriter = new Utf8JsonWriter(this, options);
                _jsonWriterOptions = options;
            }
            else
            {
                _jsonWriter.Reset(this);
            }

            return _jsonWriter;
        }

        public void Dispose() => Release();

        private static bool SameOptions(JsonWriterOptions a, JsonWriterOptions b)
            => a.SkipValidation == b.SkipValidation && a.Indented == b.Indented && ReferenceEquals(a.Encoder, b.Encoder) && a.MaxDepth == b.MaxDepth;

        private void EnsureCapacity(int sizeHint)
        {
            if (sizeHint < 1)
            {
                sizeHint = 1;
            }

            if (_buffer.Length - _written >= sizeHint)
            {
                return;
            }

            int newSize = Math.Max(_buffer.Length * 2, _written + Math.Max(sizeHint, MinimumGrowth));
            byte[] larger = ArrayPool<byte>.Shared.Rent(newSize);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
            byte[] old = _buffer;
            _buffer = larger;
            if (old.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(old);
            }
        }
    }
}
