using System.Collections.Generic;
using System.Linq;

namespace VoiceLive.Emulator
{
    /// <summary>The ordered conversation; callers hold the session's lock.</summary>
    internal sealed class ConversationStore
    {
        private readonly List<ConversationItem> _items = new();

        public IReadOnlyList<ConversationItem> Items => _items;

        public ConversationItem? Find(string id)
        {
            return _items.FirstOrDefault(i => i.Id == id);
        }

        /// <summary>Appends at the end; returns the id of the item before it (null when first).</summary>
        public string? Append(ConversationItem item)
        {
            string? previous = _items.Count > 0 ? _items[^1].Id : null;
            _items.Add(item);
            return previous;
        }

        /// <summary>Inserts after <paramref name="previousId"/> (<c>root</c> = at the start; null = at the end). Returns false when it is unknown.</summary>
        public bool TryInsert(ConversationItem item, string? previousId, out string? actualPrevious)
        {
            actualPrevious = null;
            if (previousId is null)
            {
                actualPrevious = Append(item);
                return true;
            }

            if (previousId == "root")
            {
                _items.Insert(0, item);
                return true;
            }

            int index = _items.FindIndex(i => i.Id == previousId);
            if (index < 0)
            {
                return false;
            }

            _items.Insert(index + 1, item);
            actualPrevious = previousId;
            return true;
        }

        public bool Remove(string id)
        {
            return _items.RemoveAll(i => i.Id == id) > 0;
        }
    }
}
