using System;
using System.Collections;
using System.Collections.Generic;

namespace VoiceLive.Protocol.Models
{
    /// <summary>
    /// The initial value of list properties of models: it behaves as an empty list, but remembers whether it was ever
    /// changed. An untouched list is not written (the property is "not set"), so a collection initializer such as
    /// <c>Modalities = { Modality.Text }</c> sends the field and an untouched one leaves the service's value alone.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    internal sealed class OptionalList<T> : IList<T>, IReadOnlyList<T>, IOptionalCollection
    {
        private List<T>? _items;

        public bool IsUndefined => _items is null;

        public int Count => _items?.Count ?? 0;

        public bool IsReadOnly => false;

        public T this[int index]
        {
            get => _items is null ? throw new ArgumentOutOfRangeException(nameof(index)) : _items[index];
            set => Items[index] = value;
        }

        // Any mutation, even one that leaves the list empty (Add then Clear), marks the property as set.
        private List<T> Items => _items ??= new List<T>();

        public void Add(T item) => Items.Add(item);

        public void Clear() => Items.Clear();

        public bool Contains(T item) => _items is not null && _items.Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => _items?.CopyTo(array, arrayIndex);

        public IEnumerator<T> GetEnumerator() => (_items ?? (IEnumerable<T>)Array.Empty<T>()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(T item) => _items?.IndexOf(item) ?? -1;

        public void Insert(int index, T item) => Items.Insert(index, item);

        public bool Remove(T item) => Items.Remove(item);

        public void RemoveAt(int index) => Items.RemoveAt(index);
    }
}
