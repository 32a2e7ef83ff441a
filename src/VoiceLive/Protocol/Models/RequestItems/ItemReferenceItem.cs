using System;

namespace VoiceLive
{
    /// <summary>
    /// A reference to an item already in the conversation (<c>type</c> <c>item_reference</c>, api-version <c>v1</c>), for
    /// the <c>input</c> of an out-of-band <c>response.create</c>. The item's <see cref="ConversationRequestItem.Id"/> names it.
    /// </summary>
    public sealed class ItemReferenceItem : ConversationRequestItem
    {
        /// <summary>Creates an empty instance; set <see cref="ConversationRequestItem.Id"/> before sending.</summary>
        public ItemReferenceItem()
            : base(ItemType.ItemReference)
        {
        }

        /// <summary>Creates a reference to the item with the given id.</summary>
        /// <param name="id">The id of the referenced item.</param>
        public ItemReferenceItem(string id)
            : base(ItemType.ItemReference)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }
    }
}
