using System;
using System.Text;
using VoiceLive.Resilience;
using Xunit;

namespace VoiceLive.Tests.Resilience
{
    public class ReconnectionOptionsTests
    {
        [Fact]
        public void Resumption_is_off_by_default_with_the_documented_defaults()
        {
            var options = new VoiceLiveClientOptions();

            Assert.False(options.Reconnection.Enabled);
            Assert.Equal(5, options.Reconnection.MaxAttempts);
            Assert.Equal(TimeSpan.FromMilliseconds(500), options.Reconnection.InitialDelay);
            Assert.Equal(TimeSpan.FromSeconds(10), options.Reconnection.MaxDelay);
            Assert.True(options.Reconnection.RestoreConversation);
            Assert.Equal(ReconnectionSendBehavior.Wait, options.Reconnection.SendDuringReconnection);
            Assert.Same(TimeProvider.System, options.Reconnection.TimeProvider);
            Assert.Null(options.Reconnection.RenewBeforeExpiry);
        }

        [Fact]
        public void Bad_values_are_refused()
        {
            var options = new VoiceLiveReconnectionOptions();

            Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxAttempts = 0);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.InitialDelay = TimeSpan.FromSeconds(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxDelay = TimeSpan.FromSeconds(-1));
            Assert.Throws<ArgumentNullException>(() => options.TimeProvider = null!);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.RenewBeforeExpiry = TimeSpan.Zero);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.RenewBeforeExpiry = TimeSpan.FromSeconds(-1));
            options.RenewBeforeExpiry = TimeSpan.FromMinutes(2);
            Assert.Equal(TimeSpan.FromMinutes(2), options.RenewBeforeExpiry);
            options.RenewBeforeExpiry = null;
            Assert.Null(options.RenewBeforeExpiry);
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(0.5)]
        [InlineData(0.999999)]
        public void Each_wait_lies_between_half_and_all_of_a_doubling_ceiling_capped_at_the_maximum(double jitter)
        {
            var options = new VoiceLiveReconnectionOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5), Jitter = () => jitter };
            double[] ceilings = { 1, 2, 4, 5, 5, 5 };
            for (int attempt = 1; attempt <= ceilings.Length; attempt++)
            {
                TimeSpan ceiling = TimeSpan.FromSeconds(ceilings[attempt - 1]);
                TimeSpan delay = ReconnectionBackoff.DelayBefore(options, attempt);

                Assert.Equal(ceiling, ReconnectionBackoff.Ceiling(options, attempt));
                Assert.InRange(delay, ceiling / 2, ceiling);
                Assert.Equal(ceiling / 2 + TimeSpan.FromTicks((long)(ceiling.Ticks / 2 * jitter)), delay);
            }
        }

        [Fact]
        public void The_real_jitter_spreads_the_waits_within_the_bounds()
        {
            var options = new VoiceLiveReconnectionOptions { InitialDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(2) };
            var seen = new System.Collections.Generic.HashSet<TimeSpan>();
            for (int i = 0; i < 100; i++)
            {
                TimeSpan delay = ReconnectionBackoff.DelayBefore(options, 1);
                Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
                seen.Add(delay);
            }

            Assert.True(seen.Count > 50, $"only {seen.Count} distinct waits in 100");
        }

        [Fact]
        public void A_huge_attempt_number_stays_at_the_maximum()
        {
            var options = new VoiceLiveReconnectionOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

            Assert.Equal(TimeSpan.FromSeconds(30), ReconnectionBackoff.Ceiling(options, 10_000));
        }

        [Theory]
        [InlineData(1006, true)]
        [InlineData(1001, true)]
        [InlineData(1011, true)]
        [InlineData(1012, true)]
        [InlineData(1013, true)]
        [InlineData(1000, false)]
        [InlineData(1008, false)]
        [InlineData(1002, false)]
        [InlineData(1009, false)]
        [InlineData(4000, false)]
        [InlineData(4999, false)]
        public void Only_closes_that_are_not_final_are_resumed(int status, bool resumable)
        {
            Assert.Equal(resumable, ConnectionResumption.IsResumable(status));
        }

        [Fact]
        public void The_events_have_types_no_service_event_uses_and_describe_themselves_in_json()
        {
            var interrupted = new ConnectionInterruptedEvent(1001, "session_expired", "resp_1");
            var resumed = new ConnectionResumedEvent(2, 3, "sess_2", ConnectionResumeReason.SessionExpired, 960, "req");

            Assert.Equal("voicelive.connection.interrupted", interrupted.Type);
            Assert.Equal("voicelive.connection.resumed", resumed.Type);
            Assert.Equal("{\"type\":\"voicelive.connection.interrupted\",\"close_status\":1001,\"close_reason\":\"session_expired\",\"interrupted_response_id\":\"resp_1\"}", interrupted.RawJson.ToString());
            Assert.Contains("\"reason\":\"session_expired\"", resumed.RawJson.ToString());
            Assert.Contains("\"audio_bytes_not_sent\":960", resumed.RawJson.ToString());
            Assert.IsType<UnknownServerEvent>(ServerEvent.Parse(Encoding.UTF8.GetBytes("{\"type\":\"voicelive.connection.interrupted\"}")));
        }
    }
}
