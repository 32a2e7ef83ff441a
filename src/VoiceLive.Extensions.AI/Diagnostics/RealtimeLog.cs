using System;
using Microsoft.Extensions.Logging;

namespace VoiceLive
{
    /// <summary>The MEAI provider's log lines (category <c>VoiceLive.Extensions.AI</c>), with stable event ids; no content is logged.</summary>
    internal static partial class RealtimeLog
    {
        [LoggerMessage(1001, LogLevel.Debug, "response.create held: a response is active; it is sent when that response is done.")]
        public static partial void ResponseCreateHeld(ILogger logger);

        [LoggerMessage(1002, LogLevel.Debug, "Sending the held response.create ({HeldCount} held and coalesced) after response.done.")]
        public static partial void ResponseCreateReleased(ILogger logger, int heldCount);

        [LoggerMessage(1003, LogLevel.Information, "The response was cancelled: {HeldCount} held response.create dropped; the next response sees the function outputs.")]
        public static partial void ResponseCreateDropped(ILogger logger, int heldCount);

        [LoggerMessage(1004, LogLevel.Warning, "A function result for call {CallId} could not be serialized to JSON; the model gets an error output instead.")]
        public static partial void FunctionResultNotSerializable(ILogger logger, string callId, Exception exception);
    }
}
