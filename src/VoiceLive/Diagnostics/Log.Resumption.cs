using System;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Diagnostics
{
    /// <summary>The log lines of session resumption (event ids 60–69).</summary>
    internal static partial class Log
    {
        [LoggerMessage(60, LogLevel.Warning, "The connection closed with {Status} ({Description}); resuming the session.")]
        public static partial void ConnectionInterrupted(ILogger logger, int status, string? description);

        [LoggerMessage(61, LogLevel.Information, "Reconnection attempt {Attempt} of {MaxAttempts} after waiting {Delay}.")]
        public static partial void Reconnecting(ILogger logger, int attempt, int maxAttempts, TimeSpan delay);

        [LoggerMessage(62, LogLevel.Warning, "Reconnection attempt {Attempt} failed.")]
        public static partial void ReconnectFailed(ILogger logger, int attempt, Exception exception);

        [LoggerMessage(63, LogLevel.Information, "Session resumed as {SessionId} after {Attempts} attempt(s); {ItemsRestored} item(s) restored (client request id {ClientRequestId}).")]
        public static partial void Resumed(ILogger logger, string? sessionId, int attempts, int itemsRestored, string clientRequestId);

        [LoggerMessage(64, LogLevel.Error, "The session could not be resumed after {Attempts} attempt(s).")]
        public static partial void ResumeGaveUp(ILogger logger, int attempts);
    }
}
