using System;

namespace VoiceLive
{
    public partial class VoiceLiveClientOptions
    {
        private TimeProvider _timeProvider = TimeProvider.System;

        /// <summary>
        /// The clock the client measures with (default <see cref="System.TimeProvider.System"/>): the durations its
        /// telemetry records (<c>gen_ai.client.operation.duration</c>, <c>voicelive.response.time_to_first_audio</c>,
        /// <c>voicelive.turn.latency</c>) are read from it, and <see cref="ConnectTimeout"/> and
        /// <see cref="CloseTimeout"/> expire on it. Tests pass a fake clock to get exact figures and to expire those
        /// timeouts without waiting.
        /// </summary>
        /// <exception cref="ArgumentNullException">The value is null.</exception>
        public TimeProvider TimeProvider
        {
            get => _timeProvider;
            set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
        }
    }
}
