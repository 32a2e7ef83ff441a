using System;
using System.Collections.Generic;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace VoiceLive.Sip
{
    /// <summary>
    /// Reads the SIP problem-details body into <see cref="RequestFailedException"/>: <c>code</c> becomes
    /// <see cref="RequestFailedException.ErrorCode"/>, <c>detail</c> (or <c>title</c>) the message, and the Voice Live
    /// members (<c>sub_code</c>, <c>call_id</c>, <c>state</c>, <c>trace_id</c>, <c>retryable</c>, <c>type</c>,
    /// per-field <c>errors</c>) go into <see cref="Exception.Data"/> under their wire names.
    /// </summary>
    internal sealed class SipErrorParser : RequestFailedDetailsParser
    {
        public static SipErrorParser Instance { get; } = new SipErrorParser();

        public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
        {
            error = null;
            data = null;
            BinaryData? content = response.Content;
            if (content is null || content.ToMemory().IsEmpty)
            {
                return false;
            }

            SipErrorWire? wire;
            try
            {
                wire = JsonSerializer.Deserialize(content.ToMemory().Span, SipJsonContext.Default.SipErrorWire);
            }
            catch (JsonException)
            {
                // Not problem details (a proxy's HTML page, say): the default message with the raw content applies.
                return false;
            }

            if (wire is null || (wire.Code is null && wire.Detail is null && wire.Title is null))
            {
                return false;
            }

            error = new ResponseError(wire.Code, wire.Detail ?? wire.Title);
            data = new Dictionary<string, string>(StringComparer.Ordinal);
            Add(data, "type", wire.Type);
            Add(data, "title", wire.Title);
            Add(data, "sub_code", wire.SubCode);
            Add(data, "call_id", wire.CallId);
            Add(data, "state", wire.State);
            Add(data, "trace_id", wire.TraceId);
            Add(data, "instance", wire.Instance);
            Add(data, "retryable", wire.Retryable is bool retryable ? (retryable ? "true" : "false") : null);
            if (wire.Errors is not null)
            {
                foreach (KeyValuePair<string, List<string>> field in wire.Errors)
                {
                    Add(data, "errors." + field.Key, string.Join("; ", field.Value));
                }
            }

            return true;
        }

        private static void Add(IDictionary<string, string> data, string name, string? value)
        {
            if (value is not null)
            {
                data[name] = value;
            }
        }
    }
}
