using System;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// One function call the assistant makes in a response: streamed as its own <c>function_call</c> output item
    /// (with a fresh <c>call_id</c>, <c>response.function_call_arguments.delta</c>/<c>.done</c> and
    /// <c>response.output_item.added</c>/<c>.done</c>). See <see cref="EmulatorReply.CallFunctions"/>.
    /// </summary>
    public sealed class EmulatorFunctionCall
    {
        /// <summary>A call of function <paramref name="name"/> with <paramref name="argumentsJson"/>.</summary>
        /// <param name="name">The function name (the item's <c>name</c>).</param>
        /// <param name="argumentsJson">The arguments as JSON text, e.g. <c>{"location":"Paris"}</c>; null means <c>{}</c>.</param>
        public EmulatorFunctionCall(string name, string? argumentsJson)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A function name is required.", nameof(name));
            }

            Name = name;
            Arguments = argumentsJson ?? "{}";
        }

        /// <summary>The function to call.</summary>
        public string Name { get; }

        /// <summary>The call's <c>arguments</c> JSON text, sent as it is (the emulator does not validate it).</summary>
        public string Arguments { get; }
    }
}
