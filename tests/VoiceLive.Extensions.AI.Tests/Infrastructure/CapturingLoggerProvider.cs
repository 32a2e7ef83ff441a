using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>Captures every log line (Trace and up) with its category, for assertions on what the middleware and the provider log.</summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _seen = new();

        public ConcurrentQueue<(string Category, LogLevel Level, EventId Id, string Message)> Lines { get; } = new();

        /// <summary>Completes when a line with event id <paramref name="eventId"/> has been logged (already or later).</summary>
        public Task WhenLoggedAsync(int eventId) => Seen(eventId).Task;

        private TaskCompletionSource Seen(int eventId) => _seen.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

        public ILoggerFactory CreateFactory()
            => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

        public bool Any(string categoryPart) => Lines.Any(line => line.Category.Contains(categoryPart, StringComparison.Ordinal));

        public void Dispose()
        {
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
                _owner.Lines.Enqueue((_category, logLevel, eventId, text));
                _owner.Seen(eventId.Id).TrySetResult();
            }
        }
    }
}
