using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive.Agents;

namespace VoiceLive
{
    /// <summary>
    /// Tools the library runs for the model. Register <see cref="AIFunction"/>s (for example from
    /// <c>AIFunctionFactory.Create(...)</c>) and the connection does the function-calling loop itself: when a call's
    /// arguments are complete (<c>response.function_call_arguments.done</c>) it invokes the function with the parsed
    /// arguments, sends its result as a <c>function_call_output</c> item, and once every call of the response has its
    /// output and the response is done, sends one <c>response.create</c> so the model answers with the results.
    /// Calls of one response run concurrently. A tool that throws, times out or returns something that cannot be
    /// serialized, arguments that are not valid JSON, and a call to an unknown name all give the model an error output
    /// and the log an entry; the session goes on. The app's <c>await foreach</c> still sees every event.
    /// </summary>
    /// <remarks>
    /// Calls are seen as the app reads events: the loop runs while the app enumerates the connection. Tools run on the
    /// thread pool, never on the reader, so speech during a tool call is read as it arrives. A response that ends
    /// cancelled, failed or incomplete cancels the calls still running (their token fires) and gets no follow-up.
    /// </remarks>
    public class ToolsResource
    {
        private readonly VoiceLiveConnection _connection;
        private readonly object _gate = new object();
        private ToolRunner? _runner;

        internal ToolsResource(VoiceLiveConnection connection) => _connection = connection;

        /// <summary>For mocking only.</summary>
        protected ToolsResource() => _connection = null!;

        /// <summary>How calls are run; change it before registering tools or at any time (each call reads it afresh).</summary>
        public virtual ToolInvocationOptions Options { get; } = new ToolInvocationOptions();

        /// <summary>The registered functions, in registration order.</summary>
        public virtual IReadOnlyList<AIFunction> Functions
        {
            get
            {
                lock (_gate)
                {
                    return _runner?.Functions ?? Array.Empty<AIFunction>();
                }
            }
        }

        /// <summary>
        /// Registers functions for the library to invoke, without telling the service (send them yourself, for example
        /// with <see cref="AIFunctionToolExtensions.ToFunctionTool(AIFunction)"/> in your <c>session.update</c>).
        /// A function with the name of a registered one replaces it.
        /// </summary>
        /// <param name="functions">The functions.</param>
        public virtual void Register(IEnumerable<AIFunction> functions)
        {
            if (functions is null)
            {
                throw new ArgumentNullException(nameof(functions));
            }

            var list = new List<AIFunction>();
            foreach (AIFunction function in functions)
            {
                list.Add(function ?? throw new ArgumentException("The functions must not contain null.", nameof(functions)));
            }

            lock (_gate)
            {
                if (_runner is null)
                {
                    _runner = new ToolRunner(_connection, Options);
                    _connection.AddObserver(_runner);
                }

                _runner.Register(list);
            }
        }

        /// <summary>Registers functions for the library to invoke; see <see cref="Register(IEnumerable{AIFunction})"/>.</summary>
        /// <param name="functions">The functions.</param>
        public virtual void Register(params AIFunction[] functions) => Register((IEnumerable<AIFunction>)functions);

        /// <summary>Stops invoking the function of that name (calls to it then count as unknown); true when it was registered.</summary>
        /// <param name="name">The function's name.</param>
        /// <returns>Whether a function was removed.</returns>
        public virtual bool Unregister(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            lock (_gate)
            {
                return _runner?.Unregister(name) ?? false;
            }
        }

        /// <summary>
        /// Registers functions and sends <c>session.update</c> with every registered function as a <c>function</c> tool
        /// and <c>tool_choice</c> <c>auto</c>, so the model can call them. Other session settings are left as they are.
        /// </summary>
        /// <param name="functions">The functions to add.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the <c>session.update</c> is on the socket.</returns>
        public virtual Task AddAsync(IEnumerable<AIFunction> functions, CancellationToken cancellationToken = default)
        {
            Register(functions);
            var session = new RequestSession { ToolChoice = ToolChoice.Auto };
            foreach (AIFunction function in Functions)
            {
                session.Tools.Add(function.ToFunctionTool());
            }

            return _connection.Session.UpdateAsync(session, cancellationToken: cancellationToken);
        }

        /// <summary>Adds one function; see <see cref="AddAsync(IEnumerable{AIFunction}, CancellationToken)"/>.</summary>
        /// <param name="function">The function to add.</param>
        /// <param name="cancellationToken">Cancels waiting to send.</param>
        /// <returns>A task that completes when the <c>session.update</c> is on the socket.</returns>
        public virtual Task AddAsync(AIFunction function, CancellationToken cancellationToken = default)
            => AddAsync(new[] { function ?? throw new ArgumentNullException(nameof(function)) }, cancellationToken);
    }
}
