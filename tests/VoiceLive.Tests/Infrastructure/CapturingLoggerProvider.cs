using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using VoiceLive.Diagnostics;

namespace VoiceLive.Tests
{
    /// <summary>Captures every log line (Trace and up) with its exception text, for secret-leak and behaviour assertions.</summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, EventId Id, string Message)> Lines { get; } = new ConcurrentQueue<(LogLevel, EventId, string)>();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this);

        public void Dispose()
        {
        }

        public ILoggerFactory CreateFactory()
            => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

        private sealed class CapturingLogger : ILogger
        {
            private readonly CapturingLoggerProvider _owner;

            public CapturingLogger(CapturingLoggerProvider owner) => _owner = owner;

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string text = formatter(state, exception) + (exception is null ? string.Empty : " | " + exception);
                _owner.Lines.Enqueue((logLevel, eventId, text));
            }
        }
    }
}
