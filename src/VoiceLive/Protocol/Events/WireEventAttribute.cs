using System;

namespace VoiceLive
{
    /// <summary>
    /// Declares the wire <c>type</c> of an event class: the one place a protocol event is described. eng/ProtocolGen reads
    /// these attributes and writes <see cref="WireNames"/>, <see cref="ServerEventType"/>, <see cref="ClientEventType"/>,
    /// both registries, the JSON context's entries and the event tables of docs/events.md from them.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    internal sealed class WireEventAttribute : Attribute
    {
        /// <summary>Declares the class's wire name and the section of docs/events.md that lists it.</summary>
        /// <param name="name">The wire <c>type</c>, for example <c>response.audio.delta</c>.</param>
        /// <param name="group">The section of docs/events.md the event is listed in.</param>
        public WireEventAttribute(string name, EventGroup group)
        {
            Name = name;
            Group = group;
        }

        /// <summary>The wire <c>type</c>; the class is named <c>ServerEvent</c>/<c>ClientEvent</c> + its PascalCase form.</summary>
        public string Name { get; }

        /// <summary>The section of docs/events.md the event is listed in.</summary>
        public EventGroup Group { get; }

        /// <summary>
        /// The GA protocol's name for the same event (newer api-versions), when it was renamed without changing shape: the
        /// GA name is read into this class, with <see cref="ServerEvent.Type"/> set to the name received.
        /// </summary>
        public string? GaAlias { get; set; }

        /// <summary>For a client event, the connection method that sends it (for example <c>Session.UpdateAsync</c>).</summary>
        public string? SentBy { get; set; }
    }
}
