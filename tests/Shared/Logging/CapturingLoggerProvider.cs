using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

// One copy for the test projects that log (each includes tests/Shared/Logging in its project file: the others do not
// reference Microsoft.Extensions.Logging). Root namespace, as TestTimeouts, so every test namespace sees it unasked.
namespace VoiceLive
{
    /// <summary>One captured log line.</summary>
    /// <param name="Category">The logger's category.</param>
    /// <param name="Level">The line's level.</param>
    /// <param name="Id">The line's event id.</param>
    /// <param name="Message">The formatted message, followed by <c> | </c> and the exception's text when there is one.</param>
    /// <param name="State">The state's own text, which a structured state may render differently from the message.</param>
    internal sealed record LogLine(string Category, LogLevel Level, EventId Id, string Message, string? State)
    {
        /// <summary>Everything the line carries, so a search of the text (for a leaked secret, say) misses nothing.</summary>
        public override string ToString() => $"{Level} {Id.Id} [{Category}] {Message} {State}";
    }

    /// <summary>
    /// Captures every log line (Trace and up) with its category, exception and state, for assertions on what was logged
    /// (and never leaked), and lets a test wait for a line instead of sleeping.
    /// </summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly object _gate = new();
        private readonly List<(Func<LogLine, bool> Match, TaskCompletionSource Seen)> _waiters = new();

        /// <summary>Every line so far, in the order logged.</summary>
        public ConcurrentQueue<LogLine> Lines { get; } = new();

        /// <summary>A factory that logs everything (Trace and up) to this provider.</summary>
        public ILoggerFactory CreateFactory()
            => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

        /// <inheritdoc />
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

        /// <summary>Whether any line came from a category containing <paramref name="categoryPart"/>.</summary>
        public bool Any(string categoryPart) => Lines.Any(line => line.Category.Contains(categoryPart, StringComparison.Ordinal));

        /// <summary>Completes when a line with event id <paramref name="eventId"/> has been logged (already or later).</summary>
        public Task WhenLoggedAsync(int eventId) => When(line => line.Id.Id == eventId);

        /// <summary>
        /// Completes when a line whose message contains <paramref name="text"/> has been logged (already or later), or
        /// fails after <see cref="TestTimeouts.Default"/> listing every line seen.
        /// </summary>
        public async Task WaitForAsync(string text)
        {
            try
            {
                await When(line => line.Message.Contains(text, StringComparison.Ordinal)).OrTimeout($"a log line containing '{text}'").ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"{ex.Message} Lines: {string.Join(" | ", Lines.Select(l => l.Message))}", ex);
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
        }

        private Task When(Func<LogLine, bool> match)
        {
            lock (_gate)
            {
                if (Lines.Any(match))
                {
                    return Task.CompletedTask;
                }

                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, seen));
                return seen.Task;
            }
        }

        private void Add(LogLine line)
        {
            lock (_gate)
            {
                // Under the gate, so a waiter registered concurrently either sees the line in Lines or is completed here.
                Lines.Enqueue(line);
                for (int i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Match(line))
                    {
                        _waiters[i].Seen.TrySetResult();
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }

        private sealed class CapturingLogger : ILogger
        {
            private readonly CapturingLoggerProvider _owner;
            private readonly string _category;

            public CapturingLogger(CapturingLoggerProvider owner, string category)
            {
                _owner = owner;
                _category = category;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string text = formatter(state, exception) + (exception is null ? string.Empty : " | " + exception);
                _owner.Add(new LogLine(_category, logLevel, eventId, text, state?.ToString()));
            }
        }
    }
}
