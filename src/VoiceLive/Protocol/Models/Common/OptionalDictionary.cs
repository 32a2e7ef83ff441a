using System;
using System.Collections;
using System.Collections.Generic;

namespace VoiceLive.Protocol.Models
{
    /// <summary>
    /// The initial value of map properties of models: an empty dictionary that remembers whether it was ever changed,
    /// so an untouched one is not written (see <see cref="OptionalList{T}"/>).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    internal sealed class OptionalDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, IOptionalCollection
        where TKey : notnull
    {
        private Dictionary<TKey, TValue>? _items;

        public bool IsUndefined => _items is null;

        public int Count => _items?.Count ?? 0;

        public bool IsReadOnly => false;

        public ICollection<TKey> Keys => (ICollection<TKey>?)_items?.Keys ?? Array.Empty<TKey>();

        public ICollection<TValue> Values => (ICollection<TValue>?)_items?.Values ?? Array.Empty<TValue>();

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        private Dictionary<TKey, TValue> Items => _items ??= new Dictionary<TKey, TValue>();

        public TValue this[TKey key]
        {
            get => _items is null ? throw new KeyNotFoundException() : _items[key];
            set => Items[key] = value;
        }

        public void Add(TKey key, TValue value) => Items.Add(key, value);

        public void Add(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)Items).Add(item);

        public void Clear() => Items.Clear();

        public bool Contains(KeyValuePair<TKey, TValue> item)
            => _items is not null && ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(item);

        public bool ContainsKey(TKey key) => _items is not null && _items.ContainsKey(key);

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (_items is not null)
            {
                ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, arrayIndex);
            }
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
            => (_items ?? (IEnumerable<KeyValuePair<TKey, TValue>>)Array.Empty<KeyValuePair<TKey, TValue>>()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Remove(TKey key) => Items.Remove(key);

        public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)Items).Remove(item);

        // No [MaybeNullWhen(false)]: netstandard2.0's interfaces lack it, and the newer ones accept its absence.
        public bool TryGetValue(TKey key, out TValue value)
        {
            if (_items is null)
            {
                value = default!;
                return false;
            }

            bool found = _items.TryGetValue(key, out TValue? item);
            value = item!;
            return found;
        }
    }
}
