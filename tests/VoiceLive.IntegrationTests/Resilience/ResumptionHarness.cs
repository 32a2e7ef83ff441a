using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.Logging;
using VoiceLive.Diagnostics;

namespace VoiceLive.IntegrationTests
{
    /// <summary>A token credential that counts how often it is asked: a resumed session must ask again per attempt.</summary>
    internal sealed class CountingCredential : TokenCredential
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new AccessToken("token-" + Interlocked.Increment(ref _calls), DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Keeps the library's log lines and lets a test wait for one (the resume's progress, without a clock).</summary>
    internal sealed class WaitableLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly object _gate = new();
        private event Action<string>? Logged;

        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string line = formatter(state, exception);
            Action<string>? handlers;
            lock (_gate)
            {
                _lines.Enqueue(line);
                handlers = Logged;
            }

            handlers?.Invoke(line);
        }

        /// <summary>Waits for a line containing <paramref name="text"/> (already logged or still to come).</summary>
        public async Task WaitForAsync(string text)
        {
            var seen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Action<string> handler = line =>
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    seen.TrySetResult(true);
                }
            };
            lock (_gate)
            {
                foreach (string line in _lines)
                {
                    if (line.Contains(text, StringComparison.Ordinal))
                    {
                        return;
                    }
                }

                Logged += handler;
            }

            try
            {
                await seen.Task.WaitAsync(Harness.Timeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No log line containing '{text}' within {Harness.Timeout}; lines: {string.Join(" | ", _lines)}");
            }
            finally
            {
                lock (_gate)
                {
                    Logged -= handler;
                }
            }
        }
    }
}
