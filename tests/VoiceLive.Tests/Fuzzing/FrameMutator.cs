using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceLive.Tests.Fuzzing
{
    /// <summary>
    /// Seeded mutations of valid server frames: bit flips, truncation, type-name swaps, wrong JSON types for fields,
    /// huge numbers and strings, deep nesting, invalid UTF-8, duplicated keys and spliced frames. Deterministic for a seed.
    /// </summary>
    internal sealed class FrameMutator
    {
        public const int Kinds = 10;

        private static readonly string[] HugeNumbers =
        {
            "1e400", "-1e400", "1.7976931348623157e309", new string('9', 400), "-" + new string('9', 400), "0." + new string('0', 400) + "1",
            "18446744073709551616", "-9223372036854775809", "2147483648", "-2147483649", "1e-400", "-0", "4.9e-325",
        };

        private static readonly byte[][] InvalidUtf8 =
        {
            new byte[] { 0xFF }, new byte[] { 0xC3, 0x28 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xC0, 0xAF }, new byte[] { 0xE2, 0x82 }, new byte[] { 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 },
        };

        private readonly Random _random;
        private readonly IReadOnlyList<string> _typeNames;

        public FrameMutator(int seed, IReadOnlyList<string> typeNames)
        {
            _random = new Random(seed);
            _typeNames = typeNames;
        }

        public Random Random => _random;

        /// <summary>Returns a mutated copy of <paramref name="seed"/> and the name of the mutation applied.</summary>
        public (byte[] Frame, string Mutation) Mutate(string seed)
        {
            int kind = _random.Next(Kinds);
            try
            {
                return Mutate(seed, kind);
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is ArgumentException)
            {
                // The structural mutations need parseable JSON; a frame already broken by an earlier mutation gets bit flips.
                return (FlipBits(Encoding.UTF8.GetBytes(seed)), "bit flips (fallback)");
            }
        }

        private (byte[] Frame, string Mutation) Mutate(string seed, int kind)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(seed);
            switch (kind)
            {
                case 0:
                    return (FlipBits(bytes), "bit flips");
                case 1:
                    return (bytes.AsSpan(0, _random.Next(bytes.Length)).ToArray(), "truncation");
                case 2:
                    return (Utf8(MutateTree(seed, (obj, _) => obj["type"] = _typeNames[_random.Next(_typeNames.Count)])), "type-name swap");
                case 3:
                    return (Utf8(MutateTree(seed, ReplaceWithWrongType)), "wrong JSON type");
                case 4:
                    return (Utf8(ReplaceRandomValueText(seed, HugeNumbers[_random.Next(HugeNumbers.Length)])), "huge number");
                case 5:
                    return (Utf8(ReplaceRandomValueText(seed, JsonSerializer.Serialize(new string((char)('a' + _random.Next(26)), HugeLength())))), "huge string");
                case 6:
                    int depth = _random.Next(2) == 0 ? _random.Next(50, 70) : _random.Next(70, 3000);
                    return (Utf8(ReplaceRandomValueText(seed, Nest(depth))), $"nesting {depth}");
                case 7:
                    return (InsertInvalidUtf8(bytes), "invalid UTF-8");
                case 8:
                    return (Utf8(DuplicateKey(seed)), "duplicate key");
                default:
                    // Two mutations stacked, to reach states a single one cannot.
                    (byte[] once, string first) = Mutate(seed);
                    string text = Encoding.UTF8.GetString(once);
                    (byte[] twice, string second) = Mutate(text);
                    return (twice, first + " + " + second);
            }
        }

        private int HugeLength()
        {
            // Mostly moderate, sometimes large: large strings are slow to build and parse, so they are rarer.
            int roll = _random.Next(100);
            return roll < 90 ? _random.Next(1_000, 20_000) : roll < 99 ? _random.Next(20_000, 300_000) : _random.Next(300_000, 1_200_000);
        }

        private byte[] FlipBits(byte[] bytes)
        {
            byte[] copy = (byte[])bytes.Clone();
            int flips = 1 + _random.Next(8);
            for (int i = 0; i < flips && copy.Length > 0; i++)
            {
                copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
            }

            return copy;
        }

        private byte[] InsertInvalidUtf8(byte[] bytes)
        {
            byte[] bad = InvalidUtf8[_random.Next(InvalidUtf8.Length)];
            // Prefer inside a string value (after a quote), where the parser has to decode it.
            int at = _random.Next(bytes.Length + 1);
            int quote = Array.IndexOf(bytes, (byte)'"', Math.Min(at, Math.Max(0, bytes.Length - 1)));
            if (quote >= 0 && _random.Next(2) == 0)
            {
                at = quote + 1;
            }

            return bytes.Take(at).Concat(bad).Concat(bytes.Skip(at)).ToArray();
        }

        private string MutateTree(string seed, Action<JsonObject, JsonNode> mutate)
        {
            JsonNode root = JsonNode.Parse(seed)!;
            List<JsonObject> objects = Objects(root).ToList();
            if (objects.Count == 0)
            {
                return seed;
            }

            JsonObject target = _random.Next(3) == 0 ? root.AsObject() : objects[_random.Next(objects.Count)];
            mutate(target, root);
            return root.ToJsonString();
        }

        private void ReplaceWithWrongType(JsonObject obj, JsonNode root)
        {
            if (obj.Count == 0)
            {
                return;
            }

            string key = obj.ElementAt(_random.Next(obj.Count)).Key;
            JsonValueKind current = obj[key]?.GetValueKind() ?? JsonValueKind.Null;
            JsonNode? replacement;
            do
            {
                replacement = _random.Next(7) switch
                {
                    0 => JsonValue.Create(_random.Next(-5, 100000)),
                    1 => JsonValue.Create("wrong-" + _random.Next(1000)),
                    2 => JsonValue.Create(_random.Next(2) == 0),
                    3 => null,
                    4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x")),
                    5 => new JsonObject { ["unexpected"] = 1 },
                    _ => JsonValue.Create(_random.NextDouble() * 1e6),
                };
            }
            while ((replacement?.GetValueKind() ?? JsonValueKind.Null) == current && _random.Next(4) != 0);

            obj[key] = replacement;
        }

        private string ReplaceRandomValueText(string seed, string valueJson)
        {
            JsonNode root = JsonNode.Parse(seed)!;
            List<JsonObject> objects = Objects(root).ToList();
            JsonObject target = objects[_random.Next(objects.Count)];
            string key = target.Count > 0 && _random.Next(4) != 0 ? target.ElementAt(_random.Next(target.Count)).Key : "x_fuzz";
            const string Marker = "\"__FUZZ_MARKER__\"";
            target[key] = "__FUZZ_MARKER__";
            return root.ToJsonString().Replace(Marker, valueJson);
        }

        private string DuplicateKey(string seed)
        {
            // {"type":"a", ...} → {"type":"a","type":<other>, ...}: System.Text.Json keeps the last, the type finder the first.
            int brace = seed.IndexOf('{');
            string other = _random.Next(2) == 0 ? JsonSerializer.Serialize(_typeNames[_random.Next(_typeNames.Count)]) : "42";
            return seed.Substring(0, brace + 1) + "\"type\":" + other + "," + seed.Substring(brace + 1);
        }

        private string Nest(int depth)
        {
            var builder = new StringBuilder(depth * 8);
            for (int i = 0; i < depth; i++)
            {
                builder.Append(_random.Next(2) == 0 ? "[" : "{\"a\":");
            }

            builder.Append('1');
            // Close in reverse order of what was opened.
            string opened = builder.ToString();
            for (int i = opened.Length - 1; i >= 0; i--)
            {
                if (opened[i] == '[')
                {
                    builder.Append(']');
                }
                else if (opened[i] == '{')
                {
                    builder.Append('}');
                }
            }

            return builder.ToString();
        }

        private static IEnumerable<JsonObject> Objects(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                yield return obj;
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                {
                    foreach (JsonObject inner in Objects(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
            else if (node is JsonArray array)
            {
                foreach (JsonNode? item in array.ToList())
                {
                    foreach (JsonObject inner in Objects(item))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
    }
}
