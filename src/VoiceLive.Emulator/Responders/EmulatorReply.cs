using System;
using System.Collections.Generic;
using System.Linq;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// What the assistant does in one response: say a text, or call one or more functions. Create with
    /// <see cref="Say"/>, <see cref="CallFunction"/> or <see cref="CallFunctions"/>.
    /// </summary>
    public sealed class EmulatorReply
    {
        private EmulatorReply(string? text, IReadOnlyList<EmulatorFunctionCall> calls)
        {
            Text = text;
            FunctionCalls = calls;
        }

        /// <summary>The text the assistant says (audio + transcript, or text when the response is text-only); null for function calls.</summary>
        public string? Text { get; }

        /// <summary>
        /// The functions called, in order: each becomes one <c>function_call</c> output item of the same response
        /// (output_index 0, 1, …), all listed in <c>response.done</c>. Empty for a spoken reply.
        /// </summary>
        public IReadOnlyList<EmulatorFunctionCall> FunctionCalls { get; }

        /// <summary>The first function called (the <c>name</c> of the first <c>function_call</c> item); null for a spoken reply.</summary>
        public string? FunctionName => FunctionCalls.Count > 0 ? FunctionCalls[0].Name : null;

        /// <summary>The first call's <c>arguments</c> JSON text; null for a spoken reply.</summary>
        public string? FunctionArguments => FunctionCalls.Count > 0 ? FunctionCalls[0].Arguments : null;

        /// <summary>True when this reply calls at least one function.</summary>
        public bool IsFunctionCall => FunctionCalls.Count > 0;

        /// <summary>A reply that says <paramref name="text"/>.</summary>
        /// <param name="text">The assistant's words; they become the transcript and (via <see cref="EmulatorSpeech"/>) the audio.</param>
        /// <returns>The reply.</returns>
        public static EmulatorReply Say(string text)
        {
            return new EmulatorReply(text ?? throw new ArgumentNullException(nameof(text)), Array.Empty<EmulatorFunctionCall>());
        }

        /// <summary>A reply that calls function <paramref name="name"/> with <paramref name="argumentsJson"/>.</summary>
        /// <param name="name">The function name.</param>
        /// <param name="argumentsJson">The arguments as JSON text, e.g. <c>{"location":"Paris"}</c>.</param>
        /// <returns>The reply.</returns>
        public static EmulatorReply CallFunction(string name, string argumentsJson)
        {
            return new EmulatorReply(null, new[] { new EmulatorFunctionCall(name, argumentsJson) });
        }

        /// <summary>A reply that calls several functions in one response, in the order given.</summary>
        /// <param name="calls">The calls; at least one.</param>
        /// <returns>The reply.</returns>
        public static EmulatorReply CallFunctions(params EmulatorFunctionCall[] calls)
        {
            if (calls is null || calls.Length == 0 || calls.Any(c => c is null))
            {
                throw new ArgumentException("At least one function call, and no null call, is required.", nameof(calls));
            }

            return new EmulatorReply(null, calls.ToArray());
        }
    }
}
