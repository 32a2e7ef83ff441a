using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VoiceLive.ReliabilityTests
{
    /// <summary>Captures every log line (with its exception's ToString) at Trace.</summary>
    internal sealed class CapturingLogger : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILoggerFactory CreateFactory() => LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Lines.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)} {exception} {state}");

        public void Dispose()
        {
        }
    }
}
