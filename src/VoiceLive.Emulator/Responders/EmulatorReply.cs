using System;

namespace VoiceLive.Emulator
{
    /// <summary>What the assistant does in one response: say a text, or call a function. Create with <see cref="Say"/> or <see cref="CallFunction"/>.</summary>
    public sealed class EmulatorReply
    {
        private EmulatorReply(string? text, string? functionName, string? functionArguments)
        {
            Text = text;
            FunctionName = functionName;
            FunctionArguments = functionArguments;
        }

        /// <summary>The text the assistant says (audio + transcript, or text when the response is text-only); null for a function call.</summary>
        public string? Text { get; }

        /// <summary>The function to call (the <c>name</c> of a <c>function_call</c> item); null for a spoken reply.</summary>
        public string? FunctionName { get; }

        /// <summary>The call's <c>arguments</c> JSON text; null for a spoken reply.</summary>
        public string? FunctionArguments { get; }

        /// <summary>True when this reply is a function call.</summary>
        public bool IsFunctionCall => FunctionName is not null;

        /// <summary>A reply that says <paramref name="text"/>.</summary>
        /// <param name="text">The assistant's words; they become the transcript and (via <see cref="EmulatorSpeech"/>) the audio.</param>
        /// <returns>The reply.</returns>
        public static EmulatorReply Say(string text)
        {
            return new EmulatorReply(text ?? throw new ArgumentNullException(nameof(text)), null, null);
        }

        /// <summary>A reply that calls function <paramref name="name"/> with <paramref name="argumentsJson"/>.</summary>
        /// <param name="name">The function name.</param>
        /// <param name="argumentsJson">The arguments as JSON text, e.g. <c>{"location":"Paris"}</c>.</param>
        /// <returns>The reply.</returns>
        public static EmulatorReply CallFunction(string name, string argumentsJson)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A function name is required.", nameof(name));
            }

            return new EmulatorReply(null, name, argumentsJson ?? "{}");
        }
    }
}
