using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive.Diagnostics;
using VoiceLive.Protocol.Json;

namespace VoiceLive.Agents
{
    /// <summary>
    /// Runs one call and turns whatever happens into the output the model reads: the serialized result, or an error
    /// text for bad arguments, an unknown name, an exception, a timeout or a result that cannot be serialized.
    /// </summary>
    internal static class ToolInvoker
    {
        private static readonly JsonDocumentOptions s_argumentOptions = new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth };

        /// <summary>The output for the call, or null when the response ended (cancelled) before the tool finished.</summary>
        public static async Task<string?> InvokeAsync(AIFunction? function, ToolCall call, ToolInvocationOptions options, VoiceLiveConnection connection, CancellationToken responseToken)
        {
            ToolInvocationTelemetry? telemetry = VoiceLiveTelemetry.StartToolInvocation(call.Name, call.CallId, connection, call.Arguments, function?.Description);
            Exception? failure = null;
            string? output = null;
            try
            {
                output = await InvokeCoreAsync(function, call, options, connection.Logger, error => failure = error, responseToken).ConfigureAwait(false);
                return output;
            }
            finally
            {
                VoiceLiveTelemetry.RecordToolResult(telemetry, output, failure);
            }
        }

        /// <summary>Runs the call; <paramref name="onFailure"/> gets what made the output an error, for the tool span.</summary>
        private static async Task<string?> InvokeCoreAsync(AIFunction? function, ToolCall call, ToolInvocationOptions options, ILogger logger, Action<Exception> onFailure, CancellationToken responseToken)
        {
            if (function is null)
            {
                Log.ToolUnknown(logger, call.Name, call.CallId);
                onFailure(new InvalidOperationException($"There is no tool named '{call.Name}'."));
                return $"Error: there is no tool named '{call.Name}'.";
            }

            if (!TryParseArguments(call.Arguments, out Dictionary<string, object?>? arguments, out string? argumentError))
            {
                Log.ToolArgumentsInvalid(logger, call.Name, call.CallId, argumentError!);
                onFailure(new JsonException(argumentError));
                return $"Error: the arguments of '{call.Name}' are not a JSON object ({argumentError}).";
            }

            TimeSpan timeout = options.InvocationTimeout;
            TimeProvider clock = options.TimeProvider ?? TimeProvider.System;
#if NET8_0_OR_GREATER
            using CancellationTokenSource timeoutSource = timeout == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(timeout, clock);
#else
            using CancellationTokenSource timeoutSource = timeout == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : clock.CreateCancellationTokenSource(timeout);
#endif
            using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(responseToken, timeoutSource.Token);

            object? result;
            try
            {
                Log.ToolInvoking(logger, call.Name, call.CallId);
                result = await function.InvokeAsync(new AIFunctionArguments(arguments) { Services = options.Services }, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (responseToken.IsCancellationRequested)
            {
                Log.ToolCancelled(logger, call.Name, call.CallId);
                onFailure(ex);
                return null;
            }
            catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested)
            {
                Log.ToolTimedOut(logger, call.Name, call.CallId, timeout, ex);
                onFailure(new TimeoutException($"The tool '{call.Name}' did not finish within {timeout}.", ex));
                return $"Error: the tool '{call.Name}' did not finish within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.";
            }
            catch (Exception ex)
            {
                Log.ToolFailed(logger, call.Name, call.CallId, ex);
                onFailure(ex);
                return options.IncludeDetailedErrors
                    ? $"Error: the tool '{call.Name}' failed: {ex.Message}"
                    : $"Error: the tool '{call.Name}' failed.";
            }

            try
            {
                return FormatResult(result, function.JsonSerializerOptions);
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is JsonException || ex is InvalidOperationException || ex is ArgumentException)
            {
                Log.ToolResultNotSerializable(logger, call.Name, call.CallId, result?.GetType().FullName ?? "null", ex);
                onFailure(ex);
                return $"Error: the result of '{call.Name}' could not be serialized.";
            }
        }

        /// <summary>Strings go as they are (the model reads text); JSON values as their JSON; anything else serialized.</summary>
        internal static string FormatResult(object? result, JsonSerializerOptions? serializerOptions)
        {
            switch (result)
            {
                case null:
                    return "null";
                case string text:
                    return text;
                case JsonElement { ValueKind: JsonValueKind.String } text:
                    // AIFunctionFactory hands back results as JSON: a string result reaches the model as its text.
                    return text.GetString()!;
                case JsonElement element:
                    return element.GetRawText();
                case JsonNode node:
                    return node.ToJsonString();
                default:
                    JsonSerializerOptions resolved = serializerOptions ?? AIJsonUtilities.DefaultOptions;
                    return JsonSerializer.Serialize(result, resolved.GetTypeInfo(result.GetType()));
            }
        }

        /// <summary>Arguments must be one JSON object; an empty string (a call without parameters) is an empty object.</summary>
        internal static bool TryParseArguments(string json, out Dictionary<string, object?>? arguments, out string? error)
        {
            arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            error = null;
            if (string.IsNullOrWhiteSpace(json))
            {
                return true;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(json, s_argumentOptions);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = $"a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object";
                    arguments = null;
                    return false;
                }

                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    arguments[property.Name] = property.Value.Clone();
                }

                return true;
            }
            catch (JsonException ex)
            {
                error = ex.Message;
                arguments = null;
                return false;
            }
        }
    }
}
