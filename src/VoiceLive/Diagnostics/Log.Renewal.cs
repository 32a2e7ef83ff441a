using System;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Diagnostics
{
    /// <summary>The log lines of session renewal (event ids 65–69, within resumption's range).</summary>
    internal static partial class Log
    {
        [LoggerMessage(65, LogLevel.Information, "The session expires at {ExpiresAt}; the next session is opened at {RenewAt}.")]
        public static partial void RenewalScheduled(ILogger logger, DateTimeOffset expiresAt, DateTimeOffset renewAt);

        [LoggerMessage(66, LogLevel.Information, "Opening the next session ahead of expiry.")]
        public static partial void Renewing(ILogger logger);

        [LoggerMessage(67, LogLevel.Warning, "The next session could not be opened ahead of expiry; the expiry will be resumed as a drop.")]
        public static partial void RenewalFailed(ILogger logger, Exception exception);

        [LoggerMessage(68, LogLevel.Information, "The next session is ready; switching over at the turn boundary.")]
        public static partial void RenewalSwitching(ILogger logger);

        [LoggerMessage(69, LogLevel.Information, "Session renewed as {SessionId}; {ItemsRestored} item(s) restored (client request id {ClientRequestId}).")]
        public static partial void Renewed(ILogger logger, string? sessionId, int itemsRestored, string clientRequestId);
    }
}
