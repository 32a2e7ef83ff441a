using System;
using System.Text.Json;

namespace VoiceLive.Protocol.Json.FastPath
{
    /// <summary>
    /// Remembers the last string read for one field by its UTF-8 bytes. Why: <c>response_id</c> and <c>item_id</c> repeat
    /// on every delta of a response, so comparing bytes and reusing the string saves an allocation per event.
    /// Not thread-safe: one per connection reader, which runs one parse at a time.
    /// </summary>
    internal sealed class Utf8StringCache
    {
        private const int MaxCachedBytes = 256;
        private byte[] _bytes = Array.Empty<byte>();
        private int _length = -1;
        private string _value = string.Empty;

        /// <summary>The reader's current string value, reused when its bytes equal the last value's.</summary>
        public string Get(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return reader.GetString()!;
            }

            ReadOnlySpan<byte> utf8 = reader.ValueSpan;
            if (utf8.Length == _length && utf8.SequenceEqual(new ReadOnlySpan<byte>(_bytes, 0, _length)))
            {
                return _value;
            }

            // GetString validates the UTF-8 exactly as the general path does (invalid bytes throw).
            string value = reader.GetString()!;
            if (utf8.Length <= MaxCachedBytes)
            {
                if (_bytes.Length < utf8.Length)
                {
                    _bytes = new byte[Math.Max(64, utf8.Length)];
                }

                utf8.CopyTo(_bytes);
                _length = utf8.Length;
                _value = value;
            }

            return value;
        }
    }
}
