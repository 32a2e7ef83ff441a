using Xunit;

namespace VoiceLive.Extensions.AI.Tests
{
    /// <summary>The hold-back rules on their own, fed the events the service sends.</summary>
    public class ResponseCreateGateTests
    {
        private static ClientEventResponseCreate Create(string id) => new ClientEventResponseCreate { EventId = id };

        private static ServerEventResponseCreated Created() => new ServerEventResponseCreated { Response = new VoiceLiveResponse { Status = ResponseStatus.InProgress } };

        private static ServerEventResponseDone Done(ResponseStatus status) => new ServerEventResponseDone { Response = new VoiceLiveResponse { Status = status } };

        private static ServerEventError Error(string eventId, string code) => new ServerEventError { Error = new ServerEventErrorDetails { EventId = eventId, Code = code, Message = "refused" } };

        private static ResponseCreateGate.Release Feed(ResponseCreateGate gate, ServerEvent serverEvent, out ClientEventResponseCreate? release)
            => gate.OnReceived(serverEvent, out release, out _);

        [Fact]
        public void A_create_with_no_response_active_passes()
        {
            var gate = new ResponseCreateGate();

            Assert.True(gate.TryPass(Create("a")));
            Assert.True(gate.IsBusy);
        }

        [Fact]
        public void Creates_during_a_response_are_held_and_one_is_sent_at_its_done()
        {
            var gate = new ResponseCreateGate();
            Feed(gate, Created(), out _);

            Assert.False(gate.TryPass(Create("call_1")));
            Assert.False(gate.TryPass(Create("call_2")));
            Assert.Equal(ResponseCreateGate.Release.Send, gate.OnReceived(Done(ResponseStatus.Completed), out ClientEventResponseCreate? release, out int held));

            Assert.Equal("call_2", release!.EventId);
            Assert.Equal(2, held);

            // The released create is outstanding: a further one waits for its response.
            Assert.False(gate.TryPass(Create("later")));
        }

        [Fact]
        public void A_create_while_the_last_one_is_unanswered_is_held()
        {
            var gate = new ResponseCreateGate();
            Assert.True(gate.TryPass(Create("first")));

            Assert.False(gate.TryPass(Create("second")));
            Feed(gate, Created(), out _);
            Assert.Equal(ResponseCreateGate.Release.Send, Feed(gate, Done(ResponseStatus.Completed), out ClientEventResponseCreate? release));
            Assert.Equal("second", release!.EventId);
        }

        [Fact]
        public void A_cancelled_response_drops_what_was_held()
        {
            var gate = new ResponseCreateGate();
            Feed(gate, Created(), out _);
            gate.TryPass(Create("follow_up"));

            Assert.Equal(ResponseCreateGate.Release.Dropped, Feed(gate, Done(ResponseStatus.Cancelled), out ClientEventResponseCreate? release));

            Assert.Null(release);
            Assert.False(gate.IsBusy);
            Assert.True(gate.TryPass(Create("next")));
        }

        [Fact]
        public void A_create_refused_for_an_active_response_is_sent_when_that_response_is_done()
        {
            var gate = new ResponseCreateGate();
            Assert.True(gate.TryPass(Create("ours")));

            // The service had started a response on its own (server VAD) before ours arrived.
            Feed(gate, Created(), out _);
            Assert.Equal(ResponseCreateGate.Release.None, Feed(gate, Error("ours", ResponseCreateGate.ActiveResponseErrorCode), out _));
            Assert.True(gate.IsBusy);
            Assert.Equal(ResponseCreateGate.Release.Send, Feed(gate, Done(ResponseStatus.Completed), out ClientEventResponseCreate? release));

            Assert.Equal("ours", release!.EventId);
        }

        [Fact]
        public void A_create_refused_for_another_reason_frees_the_gate()
        {
            var gate = new ResponseCreateGate();
            Assert.True(gate.TryPass(Create("bad")));
            Assert.False(gate.TryPass(Create("queued")));

            Assert.Equal(ResponseCreateGate.Release.Send, Feed(gate, Error("bad", "invalid_value"), out ClientEventResponseCreate? release));

            Assert.Equal("queued", release!.EventId);
        }

        [Fact]
        public void Errors_about_other_events_change_nothing()
        {
            var gate = new ResponseCreateGate();
            Assert.True(gate.TryPass(Create("ours")));

            Assert.Equal(ResponseCreateGate.Release.None, Feed(gate, Error("someone_else", "invalid_value"), out _));
            Assert.True(gate.IsBusy);
        }

        [Fact]
        public void A_create_whose_send_failed_is_forgotten()
        {
            var gate = new ResponseCreateGate();
            ClientEventResponseCreate create = Create("lost");
            Assert.True(gate.TryPass(create));

            gate.Forget(create);

            Assert.False(gate.IsBusy);
            Assert.True(gate.TryPass(Create("next")));
        }

        [Fact]
        public void A_create_without_an_event_id_is_refused()
        {
            Assert.Throws<System.ArgumentException>(() => new ResponseCreateGate().TryPass(new ClientEventResponseCreate()));
        }
    }
}
