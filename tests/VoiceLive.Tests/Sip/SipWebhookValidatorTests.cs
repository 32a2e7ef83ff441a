using System;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace VoiceLive.Tests.Sip
{
    public class SipWebhookValidatorTests
    {
        private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        private const string Body = """{"id":"evt_1","object":"event","created_at":1614265330,"type":"realtime.call.incoming","data":{"call_id":"call_abc123","chain_id":"chain_1","state":"WaitingForCustomer","sip_headers":[{"name":"From","value":"sip:+1@x"}]}}""";
        private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1614265330);

        private static FakeTimeProvider Clock(TimeSpan sinceSigning) => new FakeTimeProvider(SignedAt + sinceSigning);

        private static string Sign(string secret = Secret, string body = Body) => SipWebhookValidator.ComputeSignature(secret, "evt_1", SignedAt, Encoding.UTF8.GetBytes(body));

        [Fact]
        public void The_signature_matches_the_Standard_Webhooks_test_vector()
        {
            // The reference vector of the Standard Webhooks specification.
            string signature = SipWebhookValidator.ComputeSignature(Secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", SignedAt, Encoding.UTF8.GetBytes("""{"test": 2432232314}"""));
            Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
        }

        [Fact]
        public void A_valid_delivery_is_parsed_into_the_typed_event()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.FromSeconds(30)));

            SipWebhookEvent evt = validator.Validate(BinaryData.FromString(Body), "evt_1", "1614265330", Sign());

            Assert.Equal("realtime.call.incoming", evt.Type);
            Assert.Equal("call_abc123", evt.Data.CallId);
            Assert.Equal(SipCallState.WaitingForCustomer, evt.Data.State);
            Assert.Equal("sip:+1@x", evt.Data.SipHeaders[0].Value);
            Assert.Equal(SignedAt, evt.CreatedAt);
        }

        [Fact]
        public void Headers_are_read_through_the_lookup()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.Zero));
            string signature = Sign();
            SipWebhookEvent evt = validator.Validate(BinaryData.FromString(Body), name => name switch
            {
                SipWebhookValidator.IdHeader => "evt_1",
                SipWebhookValidator.TimestampHeader => "1614265330",
                SipWebhookValidator.SignatureHeader => "v2,ignored " + signature,
                _ => null,
            });
            Assert.Equal("evt_1", evt.Id);
        }

        [Fact]
        public void A_tampered_body_is_refused()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.Zero));
            var ex = Assert.Throws<SipWebhookSignatureException>(() => validator.Validate(BinaryData.FromString(Body.Replace("call_abc123", "call_evil")), "evt_1", "1614265330", Sign()));
            Assert.Equal(SipWebhookSignatureFailure.SignatureMismatch, ex.Failure);
            Assert.DoesNotContain("MfKQ9r8", ex.Message);
        }

        [Fact]
        public void A_signature_by_another_secret_or_for_another_id_is_refused()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.Zero));
            string other = "whsec_" + Convert.ToBase64String(new byte[32]);
            Assert.Equal(SipWebhookSignatureFailure.SignatureMismatch, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign(other))).Failure);
            Assert.Equal(SipWebhookSignatureFailure.SignatureMismatch, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(BinaryData.FromString(Body), "evt_2", "1614265330", Sign())).Failure);
            Assert.Equal(SipWebhookSignatureFailure.SignatureMismatch, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", "v1,not-base64!")).Failure);
        }

        [Fact]
        public void An_expired_or_future_timestamp_is_refused_even_with_a_valid_signature()
        {
            var late = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.FromMinutes(6)));
            var early = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.FromMinutes(-6)));
            var tolerant = new SipWebhookValidator(Secret, TimeSpan.FromMinutes(10), Clock(TimeSpan.FromMinutes(6)));

            Assert.Equal(SipWebhookSignatureFailure.TimestampOutsideTolerance, Assert.Throws<SipWebhookSignatureException>(() => late.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign())).Failure);
            Assert.Equal(SipWebhookSignatureFailure.TimestampOutsideTolerance, Assert.Throws<SipWebhookSignatureException>(() => early.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign())).Failure);
            tolerant.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign());
        }

        [Fact]
        public void Missing_headers_and_bad_timestamps_are_refused()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.Zero));
            var body = BinaryData.FromString(Body);
            Assert.Equal(SipWebhookSignatureFailure.MissingHeader, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(body, null, "1614265330", Sign())).Failure);
            Assert.Equal(SipWebhookSignatureFailure.MissingHeader, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(body, "evt_1", "", Sign())).Failure);
            Assert.Equal(SipWebhookSignatureFailure.MissingHeader, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(body, "evt_1", "1614265330", null)).Failure);
            Assert.Equal(SipWebhookSignatureFailure.InvalidTimestamp, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(body, "evt_1", "2021-02-25", Sign())).Failure);
            Assert.Equal(SipWebhookSignatureFailure.InvalidTimestamp, Assert.Throws<SipWebhookSignatureException>(() => validator.Verify(body, "evt_1", "-5", Sign())).Failure);
        }

        [Fact]
        public void During_a_rotation_either_secret_is_accepted()
        {
            string next = "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("the next secret, 32 bytes long!!"));
            var validator = new SipWebhookValidator(new[] { next, Secret }, timeProvider: Clock(TimeSpan.Zero));
            validator.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign());
            validator.Verify(BinaryData.FromString(Body), "evt_1", "1614265330", Sign(next));
            Assert.Throws<ArgumentException>(() => new SipWebhookValidator(Array.Empty<string>()));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SipWebhookValidator(Secret, TimeSpan.Zero));
        }

        [Fact]
        public void A_validly_signed_body_that_is_not_an_event_is_a_protocol_error()
        {
            var validator = new SipWebhookValidator(Secret, timeProvider: Clock(TimeSpan.Zero));
            Assert.Throws<VoiceLiveProtocolException>(() => validator.Validate(BinaryData.FromString("[1,2]"), "evt_1", "1614265330", Sign(body: "[1,2]")));
        }
    }
}
