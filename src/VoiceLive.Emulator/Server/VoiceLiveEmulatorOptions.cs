using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>Settings for <see cref="VoiceLiveEmulator.StartAsync"/>.</summary>
    public sealed class VoiceLiveEmulatorOptions
    {
        /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free ephemeral port, read it back from <see cref="VoiceLiveEmulator.Endpoint"/>.</summary>
        public int Port { get; set; }

        /// <summary>When set, the <c>api-key</c> header must equal it (else 401). When both this and <see cref="BearerToken"/> are null, any non-empty credential is accepted.</summary>
        public string? ApiKey { get; set; }

        /// <summary>When set, <c>Authorization: Bearer &lt;token&gt;</c> must carry exactly this token (else 401).</summary>
        public string? BearerToken { get; set; }

        /// <summary>When set, every upgrade is refused with this HTTP status (e.g. 403, 429, 500, 503), for connection-failure tests.</summary>
        public int? RefuseUpgradeStatusCode { get; set; }

        /// <summary>Faults applied to every connection (query parameters override them); null behaves like the service.</summary>
        public EmulatorFaults? Faults { get; set; }

        /// <summary>
        /// Chooses faults per connection attempt (0 for the first upgrade request, 1 for the next, …), e.g. to drop the
        /// first connection and let the reconnect succeed. Wins over <see cref="Faults"/>; query parameters still override.
        /// </summary>
        public Func<int, EmulatorFaults?>? FaultSelector { get; set; }

        /// <summary>The benchmark mode for every connection (the <c>emulator-benchmark</c> query parameter overrides it); null answers like the service.</summary>
        public EmulatorBenchmark? Benchmark { get; set; }

        /// <summary>How fast reply audio is streamed; <see cref="EmulatorAudioPacing.RealTime"/> by default.</summary>
        public EmulatorAudioPacing AudioPacing { get; set; }

        /// <summary>
        /// The clock of the emulator's waits (default <see cref="System.TimeProvider.System"/>): the
        /// <see cref="EmulatorFaults.SendDelayMs"/> before each message and the <see cref="EmulatorAudioPacing.RealTime"/>
        /// pacing of reply audio. A test passes a fake clock to drive them without waiting.
        /// </summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Length of one <c>response.audio.delta</c> chunk in milliseconds; default 100.</summary>
        public int AudioChunkMs { get; set; } = 100;

        /// <summary>Decides what the assistant says or which function it calls; <see cref="DefaultEmulatorResponder"/> when null.</summary>
        public IEmulatorResponder? Responder { get; set; }

        /// <summary>
        /// Awaited before each <c>response.done</c> is sent (after the response's last <c>response.output_item.done</c>),
        /// with the response id and a token cancelled when the response is cancelled. Until it completes the response
        /// is still active, as it is on the service until <c>response.done</c>: <c>response.create</c> is refused with
        /// <c>conversation_already_has_active_response</c> and <c>response.cancel</c> cancels it. Lets a test act in that
        /// window deterministically (e.g. return a <see cref="TaskCompletionSource"/>'s task); null sends
        /// <c>response.done</c> at once. A hook that throws fails the response.
        /// </summary>
        public Func<string, CancellationToken, Task>? BeforeResponseDone { get; set; }

        /// <summary>Lifetime reported in <c>session.expires_at</c>; default 30 minutes. The emulator does not enforce it (use the <c>close</c> fault with 1001 for that).</summary>
        public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>Largest client message accepted, in bytes; bigger messages close the connection with 1009. Default 16 MiB (the service allows 15 MiB of audio per append).</summary>
        public int MaxClientMessageBytes { get; set; } = 16 * 1024 * 1024;
    }
}
