namespace VoiceLive.Emulator
{
    /// <summary>A <c>function_call_output</c> item the app sent, as the responder sees it in <see cref="EmulatorResponderContext.FunctionOutputs"/>.</summary>
    public sealed class EmulatorFunctionOutput
    {
        internal EmulatorFunctionOutput(string? callId, string? name, string? output)
        {
            CallId = callId;
            Name = name;
            Output = output;
        }

        /// <summary>The <c>call_id</c> the output answers.</summary>
        public string? CallId { get; }

        /// <summary>The name of the <c>function_call</c> item with that <c>call_id</c>; null when the conversation holds no such call.</summary>
        public string? Name { get; }

        /// <summary>The item's <c>output</c> text.</summary>
        public string? Output { get; }
    }
}
