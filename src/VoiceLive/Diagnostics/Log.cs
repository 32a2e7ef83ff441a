using System;
using Microsoft.Extensions.Logging;

namespace VoiceLive
{
    /// <summary>
    /// Every log line of the library, source-generated with stable event ids. No line ever carries a credential or an
    /// audio payload; message content is logged only at Trace and only when content logging is enabled.
    /// </summary>
    internal static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Connecting to {Endpoint} (client request id {ClientRequestId}).")]
        public static partial void Connecting(ILogger logger, string endpoint, string clientRequestId);

        [LoggerMessage(2, LogLevel.Information, "Connected (client request id {ClientRequestId}).")]
        public static partial void Connected(ILogger logger, string clientRequestId);

        [LoggerMessage(3, LogLevel.Warning, "The service refused the connection with HTTP status {Status} (client request id {ClientRequestId}).")]
        public static partial void ConnectRefused(ILogger logger, int status, string clientRequestId, Exception exception);

        [LoggerMessage(16, LogLevel.Warning, "Connecting failed before the session started (client request id {ClientRequestId}).")]
        public static partial void ConnectFailed(ILogger logger, string clientRequestId, Exception exception);

        [LoggerMessage(4, LogLevel.Debug, "Sent {EventType} ({Bytes} bytes).")]
        public static partial void Sent(ILogger logger, string eventType, int bytes);

        [LoggerMessage(5, LogLevel.Debug, "Received {EventType} ({Bytes} bytes).")]
        public static partial void Received(ILogger logger, string eventType, int bytes);

        [LoggerMessage(6, LogLevel.Trace, "Sent content: {Content}")]
        public static partial void SentContent(ILogger logger, string content);

        [LoggerMessage(7, LogLevel.Trace, "Received content: {Content}")]
        public static partial void ReceivedContent(ILogger logger, string content);

        [LoggerMessage(8, LogLevel.Warning, "Received a frame that is not a readable event ({Bytes} bytes, type '{EventType}'); it is delivered as MalformedServerEvent.")]
        public static partial void MalformedFrame(ILogger logger, int bytes, string eventType, Exception exception);

        [LoggerMessage(9, LogLevel.Information, "Closing with status {Status}.")]
        public static partial void Closing(ILogger logger, int status);

        [LoggerMessage(10, LogLevel.Information, "Connection closed with status {Status} ({Description}).")]
        public static partial void Closed(ILogger logger, int status, string? description);

        [LoggerMessage(11, LogLevel.Warning, "Connection lost: {Message}")]
        public static partial void ConnectionLost(ILogger logger, string message, Exception? exception);

        [LoggerMessage(12, LogLevel.Error, "Received a message larger than the {Limit}-byte limit; closing with 1009.")]
        public static partial void MessageTooBig(ILogger logger, int limit);

        [LoggerMessage(13, LogLevel.Warning, "The close handshake did not complete within {Timeout}; the socket was aborted.")]
        public static partial void CloseTimedOut(ILogger logger, TimeSpan timeout);

        [LoggerMessage(14, LogLevel.Warning, "Closing the connection during dispose failed.")]
        public static partial void DisposeCloseFailed(ILogger logger, Exception exception);

        [LoggerMessage(15, LogLevel.Debug, "Discarded {EventType} received while closing (no reader was active).")]
        public static partial void DiscardedWhileClosing(ILogger logger, string eventType);

        [LoggerMessage(17, LogLevel.Error, "{Observer} failed while handling {EventType}; the event is still delivered.")]
        public static partial void ObserverFailed(ILogger logger, string observer, string eventType, Exception exception);

        [LoggerMessage(30, LogLevel.Warning, "Connecting failed (status {Status}, client request id {ClientRequestId}); attempt {Attempt} follows in {Delay}.")]
        public static partial void ConnectRetrying(ILogger logger, int status, string clientRequestId, int attempt, TimeSpan delay, Exception exception);
    }
}
