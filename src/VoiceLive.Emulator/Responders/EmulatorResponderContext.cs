using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace VoiceLive.Emulator
{
    /// <summary>The state a <see cref="IEmulatorResponder"/> sees when a response starts. All JSON is a private copy.</summary>
    public sealed class EmulatorResponderContext
    {
        internal EmulatorResponderContext(
            JsonObject session,
            IReadOnlyList<JsonObject> items,
            string? lastUserText,
            string? functionName,
            string? functionOutput,
            IReadOnlyList<EmulatorFunctionOutput> functionOutputs,
            JsonArray tools,
            JsonNode? toolChoice,
            string instructions,
            JsonObject? responseParameters)
        {
            Session = session;
            Items = items;
            LastUserText = lastUserText;
            FunctionName = functionName;
            FunctionOutput = functionOutput;
            FunctionOutputs = functionOutputs;
            Tools = tools;
            ToolChoice = toolChoice;
            Instructions = instructions;
            ResponseParameters = responseParameters;
        }

        /// <summary>The session as the client would see it in <c>session.updated</c>.</summary>
        public JsonObject Session { get; }

        /// <summary>The conversation items in order, as <c>conversation.item.retrieved</c> would show them.</summary>
        public IReadOnlyList<JsonObject> Items { get; }

        /// <summary>What the user last said or typed: the transcript of the last user audio (always decoded, even without <c>input_audio_transcription</c>) or the text of the last user text item; null when there is none.</summary>
        public string? LastUserText { get; }

        /// <summary>When the last item is a <c>function_call_output</c>: the name of the function it answers; otherwise null.</summary>
        public string? FunctionName { get; }

        /// <summary>When the last item is a <c>function_call_output</c>: its <c>output</c> text; otherwise null.</summary>
        public string? FunctionOutput { get; }

        /// <summary>
        /// The <c>function_call_output</c> items at the end of the conversation (the trailing run, in conversation
        /// order), e.g. the outputs of every call of the previous response; empty when the last item is not an output.
        /// </summary>
        public IReadOnlyList<EmulatorFunctionOutput> FunctionOutputs { get; }

        /// <summary>The tools in effect for this response (the session's, or <c>response.create</c>'s override).</summary>
        public JsonArray Tools { get; }

        /// <summary>The <c>tool_choice</c> in effect (<c>auto</c>, <c>none</c>, <c>required</c>, a function name or <c>{type:function,name}</c>).</summary>
        public JsonNode? ToolChoice { get; }

        /// <summary>The instructions in effect, with <c>additional_instructions</c> appended.</summary>
        public string Instructions { get; }

        /// <summary>The <c>response</c> object of the <c>response.create</c> that started this response, or null for a VAD-triggered response.</summary>
        public JsonObject? ResponseParameters { get; }
    }
}
