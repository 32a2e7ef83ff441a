using VoiceLive.Resources;

namespace VoiceLive
{
    /// <summary>The conversation of the session; its items are managed through <see cref="Item"/>.</summary>
    public class ConversationResource
    {
        internal ConversationResource(IClientEventSender sender) => Item = new ConversationItemResource(sender);

        /// <summary>For mocking only.</summary>
        protected ConversationResource() => Item = null!;

        /// <summary>Create, retrieve, delete and truncate conversation items (<c>conversation.item.*</c>).</summary>
        public virtual ConversationItemResource Item { get; }
    }
}
