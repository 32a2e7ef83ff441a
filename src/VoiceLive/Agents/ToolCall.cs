namespace VoiceLive.Agents
{
    /// <summary>One function call of the model, as its arguments completed.</summary>
    internal sealed class ToolCall
    {
        public ToolCall(string callId, string name, string arguments)
        {
            CallId = callId;
            Name = name;
            Arguments = arguments;
        }

        public string CallId { get; }

        public string Name { get; }

        /// <summary>The arguments as the model wrote them: JSON, not yet validated.</summary>
        public string Arguments { get; }
    }
}
