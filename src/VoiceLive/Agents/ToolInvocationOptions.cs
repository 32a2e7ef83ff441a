using System;

namespace VoiceLive
{
    /// <summary>How <see cref="ToolsResource"/> runs the model's function calls.</summary>
    public sealed class ToolInvocationOptions
    {
        private TimeSpan _invocationTimeout = TimeSpan.FromSeconds(30);

        /// <summary>
        /// How long one tool may run (default 30 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit).
        /// A tool that takes longer is cancelled through its token and the model gets an error output.
        /// </summary>
        public TimeSpan InvocationTimeout
        {
            get => _invocationTimeout;
            set => _invocationTimeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "The timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        /// <summary>
        /// When true, a tool's exception message goes back to the model in its error output; when false (the default,
        /// as in Microsoft.Extensions.AI) the model gets a generic error and only the log has the exception.
        /// </summary>
        public bool IncludeDetailedErrors { get; set; }

        /// <summary>
        /// When true (the default), the library sends one <c>response.create</c> once every call of a completed
        /// response has its output, so the model answers with the results. Set it to false to decide yourself.
        /// </summary>
        public bool CreateResponseAfterOutputs { get; set; } = true;

        /// <summary>
        /// When true (the default), a call to a name no registered tool has gets an error output at once. When false,
        /// such calls are left to the app, and the follow-up response waits for the app's own
        /// <c>function_call_output</c> (sent through <c>Conversation.Item.CreateAsync</c>).
        /// </summary>
        public bool AnswerUnknownCalls { get; set; } = true;

        /// <summary>The clock of <see cref="InvocationTimeout"/> (a fake one in tests); the system clock by default.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Services handed to each tool through <c>AIFunctionArguments.Services</c> (dependency injection), or null.</summary>
        public IServiceProvider? Services { get; set; }
    }
}
