namespace VoiceLive.Protocol.Models
{
    /// <summary>A collection that knows whether the caller ever touched it, so an untouched one is not serialized.</summary>
    internal interface IOptionalCollection
    {
        /// <summary>True while the collection was never assigned or changed: the property is "not set".</summary>
        bool IsUndefined { get; }
    }
}
