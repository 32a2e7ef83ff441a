using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The emulator's built-in policy, deterministic so tests can assert on it (the same for typed text and for
    /// speech, which the emulator decodes to text):
    /// <list type="bullet">
    /// <item>after <c>function_call_output</c> items it says, for each output at the end of the conversation in order,
    /// <c>Here is what &lt;name&gt; returned: &lt;output&gt;</c>, the sentences joined by one space;</item>
    /// <item>otherwise, when the session has function tools, what the user said is split into requests at commas,
    /// semicolons and the words "and"/"then", and each request that mentions a function's name words (e.g. "weather"
    /// for <c>get_weather</c>, without get/set/fetch/…) calls it once, all calls in one response, in the order
    /// mentioned; arguments follow the function's schema (a <c>location</c>/<c>city</c> parameter gets the place
    /// after "in"/"at"/"for", e.g. <c>{"location":"Paris"}</c>; another required string gets the request's text).
    /// <c>tool_choice</c> <c>none</c> disables calls, <c>required</c> calls the first function when none is
    /// mentioned, a named function is called once with the whole utterance;</item>
    /// <item>otherwise it says <c>You said: "&lt;text&gt;".</c>, or <see cref="Greeting"/> when nothing was said yet.</item>
    /// </list>
    /// </summary>
    public sealed class DefaultEmulatorResponder : IEmulatorResponder
    {
        /// <summary>What the assistant says when the conversation holds nothing from the user.</summary>
        public const string Greeting = "Hello! How can I help you?";

        /// <summary>A shared instance; the responder has no state.</summary>
        public static DefaultEmulatorResponder Instance { get; } = new();

        /// <inheritdoc />
        public ValueTask<EmulatorReply> RespondAsync(EmulatorResponderContext context, CancellationToken cancellationToken)
        {
            return new ValueTask<EmulatorReply>(Respond(context ?? throw new ArgumentNullException(nameof(context))));
        }

        private static EmulatorReply Respond(EmulatorResponderContext context)
        {
            if (context.FunctionOutputs.Count > 0)
            {
                return EmulatorReply.Say(string.Join(" ", context.FunctionOutputs.Select(o => $"Here is what {o.Name ?? "the function"} returned: {o.Output}")));
            }

            string? heard = context.LastUserText;
            IReadOnlyList<EmulatorFunctionCall> calls = ToolCallPlanner.Plan(context.Tools, context.ToolChoice, heard ?? string.Empty);
            if (calls.Count > 0)
            {
                return EmulatorReply.CallFunctions(calls.ToArray());
            }

            return EmulatorReply.Say(string.IsNullOrEmpty(heard) ? Greeting : $"You said: \"{heard}\".");
        }
    }
}
