using System;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Diagnostics
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

        [LoggerMessage(18, LogLevel.Debug, "Invoking tool {ToolName} (call {CallId}).")]
        public static partial void ToolInvoking(ILogger logger, string toolName, string callId);

        [LoggerMessage(19, LogLevel.Error, "Tool {ToolName} (call {CallId}) threw; the model gets an error output.")]
        public static partial void ToolFailed(ILogger logger, string toolName, string callId, Exception exception);

        [LoggerMessage(20, LogLevel.Warning, "Tool {ToolName} (call {CallId}) did not finish within {Timeout}; the model gets an error output.")]
        public static partial void ToolTimedOut(ILogger logger, string toolName, string callId, TimeSpan timeout, Exception exception);

        [LoggerMessage(21, LogLevel.Warning, "The model called {ToolName} (call {CallId}), which is not a registered tool; it gets an error output.")]
        public static partial void ToolUnknown(ILogger logger, string toolName, string callId);

        [LoggerMessage(22, LogLevel.Warning, "The arguments of the call to {ToolName} (call {CallId}) are not a JSON object: {Reason}. The model gets an error output.")]
        public static partial void ToolArgumentsInvalid(ILogger logger, string toolName, string callId, string reason);

        [LoggerMessage(23, LogLevel.Error, "The result of {ToolName} (call {CallId}), of type {ResultType}, could not be serialized; the model gets an error output.")]
        public static partial void ToolResultNotSerializable(ILogger logger, string toolName, string callId, string resultType, Exception exception);

        [LoggerMessage(24, LogLevel.Debug, "Tool {ToolName} (call {CallId}) was cancelled: its response ended.")]
        public static partial void ToolCancelled(ILogger logger, string toolName, string callId);

        [LoggerMessage(25, LogLevel.Warning, "The output of {ToolName} (call {CallId}) could not be sent.")]
        public static partial void ToolOutputNotSent(ILogger logger, string toolName, string callId, Exception exception);

        [LoggerMessage(26, LogLevel.Debug, "The tool outputs of response {ResponseId} are sent; another response is already active, so no follow-up response.create is sent.")]
        public static partial void ToolFollowUpSkipped(ILogger logger, string responseId);

        [LoggerMessage(27, LogLevel.Warning, "The follow-up response.create after the tool outputs of response {ResponseId} could not be sent.")]
        public static partial void ToolFollowUpNotSent(ILogger logger, string responseId, Exception exception);

        [LoggerMessage(28, LogLevel.Warning, "A cancellation callback registered by a tool of response {ResponseId} threw.")]
        public static partial void ToolCancellationCallbackFailed(ILogger logger, string responseId, Exception exception);

        [LoggerMessage(30, LogLevel.Warning, "Connecting failed (status {Status}, client request id {ClientRequestId}); attempt {Attempt} follows in {Delay}.")]
        public static partial void ConnectRetrying(ILogger logger, int status, string clientRequestId, int attempt, TimeSpan delay, Exception exception);
    }
}
