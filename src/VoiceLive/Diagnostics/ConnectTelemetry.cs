using System;
using System.Diagnostics;

namespace VoiceLive.Diagnostics
{
    /// <summary>
    /// One connect as telemetry sees it: the connect span (null when no ActivityListener listens), where the client
    /// connected and to what. The client creates it; the connection it builds reads it to tag its spans and metrics.
    /// </summary>
    internal sealed class ConnectTelemetry
    {
        public ConnectTelemetry(Activity? activity, Uri endpoint, string? model, AgentSessionConfig? agent, TimeProvider clock)
        {
            Activity = activity;
            ServerAddress = endpoint.Host;
            ServerPort = endpoint.Port;
            Model = model;
            Agent = agent;
            Clock = clock;
            StartTimestamp = clock.GetTimestamp();
        }

        /// <summary>The <c>connect</c> span, open until the connect completes or fails.</summary>
        public Activity? Activity { get; }

        public string ServerAddress { get; }

        public int ServerPort { get; }

        /// <summary>The model asked for, or null for an agent session.</summary>
        public string? Model { get; }

        public AgentSessionConfig? Agent { get; }

        /// <summary>The clock the connect's duration is measured on.</summary>
        public TimeProvider Clock { get; }

        /// <summary>When the connect started, on <see cref="Clock"/>.</summary>
        public long StartTimestamp { get; }
    }
}
