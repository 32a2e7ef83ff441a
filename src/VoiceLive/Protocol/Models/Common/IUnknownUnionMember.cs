using System;

namespace VoiceLive.Protocol.Models
{
    /// <summary>A union member that stands for a discriminator this version does not know; it is written back verbatim.</summary>
    internal interface IUnknownUnionMember
    {
        /// <summary>The JSON object as received.</summary>
        BinaryData RawJson { get; }
    }
}
