using System;
using System.Linq;
using Xunit;

namespace VoiceLive.Tests.Events
{
    public partial class DocumentedExamplesTests
    {
        [Fact]
        public void ResponseDoneExampleCarriesUsageAndOutput()
        {
            // The docs' response.done example: a peer client turns it into an error; here every value is read.
            var done = Example<ServerEventResponseDone>(22);
            VoiceLiveResponse response = done.Response;
            Assert.Equal("resp_ABC123", response.Id);
            Assert.Equal(ResponseStatus.Completed, response.Status);
            Assert.Null(response.StatusDetails);

            TokenUsage usage = response.Usage!;
            Assert.Equal(87, usage.TotalTokens);
            Assert.Equal(52, usage.InputTokens);
            Assert.Equal(35, usage.OutputTokens);
            Assert.Equal(0, usage.InputTokenDetails!.CachedTokens);
            Assert.Equal(45, usage.InputTokenDetails.TextTokens);
            Assert.Equal(7, usage.InputTokenDetails.AudioTokens);
            Assert.Equal(15, usage.OutputTokenDetails!.TextTokens);
            Assert.Equal(20, usage.OutputTokenDetails.AudioTokens);

            ResponseItem item = Assert.Single(response.Output);
            var message = Assert.IsType<ResponseMessageItem>(item);
            Assert.Equal("item_DEF456", message.Id);
            Assert.Equal(MessageRole.Assistant, message.Role);
            var text = Assert.IsType<ResponseTextContentPart>(Assert.Single(message.Content));
            Assert.Equal("Hello! I'm doing well, thank you for asking. How can I help you today?", text.Text);
        }

        [Fact]
        public void ResponseCreatedExampleIsInProgressWithNoOutput()
        {
            var created = Example<ServerEventResponseCreated>(21);
            Assert.Equal("resp_ABC123", created.Response.Id);
            Assert.Equal(ResponseStatus.InProgress, created.Response.Status);
            Assert.Empty(created.Response.Output);
            Assert.Equal(0, created.Response.Usage!.TotalTokens);
        }

        [Fact]
        public void SessionCreatedExampleCarriesTheSession()
        {
            ResponseSession session = Example<ServerEventSessionCreated>(16).Session;
            Assert.Equal("sess_ABC123DEF456", session.Id);
            Assert.Equal("gpt-realtime", session.Model);
            Assert.Equal("You are a helpful assistant.", session.Instructions);
            Assert.Equal(24000, session.InputAudioSamplingRate);
            Assert.Equal(0.8, session.Temperature);
            Assert.NotNull(session.TurnDetection);
            Assert.NotNull(session.Voice);
        }

        [Fact]
        public void ConversationItemExamplesCarryTheirItems()
        {
            var created = Example<ServerEventConversationItemCreated>(18);
            Assert.Equal("item_ABC123", created.PreviousItemId);
            var user = Assert.IsType<ResponseMessageItem>(created.Item);
            Assert.Equal("item_DEF456", user.Id);
            Assert.Equal(MessageRole.User, user.Role);
            Assert.Single(user.Content);

            var retrieved = Assert.IsType<ResponseMessageItem>(Example<ServerEventConversationItemRetrieved>(19).Item);
            var audio = Assert.IsType<ResponseAudioContentPart>(Assert.Single(retrieved.Content));
            Assert.Equal("Hello! I'm doing well, thank you for asking. How can I help you today?", audio.Transcript);

            var outputDone = Example<ServerEventResponseOutputItemDone>(23);
            Assert.Equal("resp_ABC123", outputDone.ResponseId);
            Assert.Equal("item_DEF456", Assert.IsType<ResponseMessageItem>(outputDone.Item).Id);

            // The docs' second output_item.added example has no item at all.
            Assert.Null(Example<ServerEventResponseOutputItemAdded>(52).Item);

            var part = Example<ServerEventResponseContentPartAdded>(24);
            Assert.Equal(string.Empty, Assert.IsType<ResponseTextContentPart>(part.Part).Text);
        }

        [Fact]
        public void TranscriptionExamplesCarryTheirText()
        {
            var transcription = Example<ServerEventConversationItemInputAudioTranscriptionCompleted>(29);
            Assert.Equal("<item_id>", transcription.ItemId);
            Assert.Equal("<transcript>", transcription.Transcript);
            Assert.Empty(transcription.LogProbs);
            Assert.Empty(transcription.Phrases);

            var transcriptionDelta = Example<ServerEventConversationItemInputAudioTranscriptionDelta>(30);
            Assert.Equal("<delta>", transcriptionDelta.Delta);
            Assert.Equal(0, transcriptionDelta.ContentIndex);
        }

        [Fact]
        public void TimestampExampleCarriesTheWord()
        {
            var timestamp = Example<ServerEventResponseAudioTimestampDelta>(65);
            Assert.Equal(490, timestamp.AudioOffsetMs);
            Assert.Equal(387, timestamp.AudioDurationMs);
            Assert.Equal("end", timestamp.Text);
            Assert.Equal(AudioTimestampType.Word, timestamp.TimestampType);
        }

        [Fact]
        public void WarningAndRtcErrorExamplesCarryTheirDetails()
        {
            ServerEventWarningDetails warning = Example<ServerEventWarning>(35).Warning;
            Assert.Equal("<code>", warning.Code);
            Assert.Equal("<message>", warning.Message);
            Assert.Equal("<param>", warning.Param);

            var rtc = Example<ServerEventRtcCallError>(64);
            Assert.Equal("rtc.call.sdp.create", rtc.Operation);
            Assert.Equal("session-id", rtc.RtcCallId);
            Assert.Equal("invalid_request_error", rtc.Error.Type);
            Assert.Equal("missing_sdp", rtc.Error.Code);
            Assert.Equal("SDP offer is required", rtc.Error.Message);
        }

        [Fact]
        public void ClientModelExamplesCarryTheirValues()
        {
            var update = Example<ClientEventSessionUpdate>(1);
            Assert.Equal("You are a helpful assistant. Be concise and friendly.", update.Session.Instructions);
            Assert.Equal(0.8, update.Session.Temperature);

            var functionOutput = Assert.IsType<FunctionCallOutputItem>(Example<ClientEventConversationItemCreate>(8).Item);
            Assert.Equal("call_123", functionOutput.CallId);
            Assert.Equal("{\"location\": \"San Francisco\", \"temperature\": \"70\"}", functionOutput.Output);

            var userAudio = Assert.IsType<UserMessageItem>(Example<ClientEventConversationItemCreate>(7).Item);
            var audioPart = Assert.IsType<InputAudioContentPart>(Assert.Single(userAudio.Content));
            Assert.Equal("Hello there", audioPart.Transcript);
            Assert.Equal(Convert.FromBase64String("UklGRiQAAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YQAAAAA="), audioPart.Audio.ToArray());

            var create = Example<ClientEventResponseCreate>(11);
            Assert.Equal("Be extra helpful and detailed.", create.Response!.Instructions);
            Assert.Equal(0.7, create.Response.Temperature);
            Assert.Null(create.AdditionalInstructions);

            Assert.NotNull(Example<ClientEventResponseCreate>(13).Response!.PreGeneratedAssistantMessage);
        }
    }
}
