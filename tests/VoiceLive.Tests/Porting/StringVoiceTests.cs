using System;
using VoiceLive.Tests.Models;
using Xunit;

namespace VoiceLive.Tests.Porting
{
    /// <summary>Python takes <c>voice="alloy"</c>; so does the C# port, and it sends what the service expects for that name.</summary>
    public class StringVoiceTests
    {
        [Fact]
        public void An_OpenAI_voice_name_is_sent_as_an_openai_voice_object()
        {
            var session = new RequestSession { Voice = "alloy" };

            OpenAIVoice voice = Assert.IsType<OpenAIVoice>(session.Voice);
            Assert.Equal(OpenAIVoiceName.Alloy, voice.Name);
            ModelJson.Equal("""{"voice":{"type":"openai","name":"alloy"}}""", ModelJson.Write(session));
        }

        [Theory]
        [InlineData("en-US-AvaNeural")]
        [InlineData("en-US-Ava:DragonHDLatestNeural")]
        [InlineData("zh-CN-XiaoxiaoMultilingualNeural")]
        public void An_Azure_voice_name_is_sent_as_an_azure_standard_voice(string name)
        {
            var session = new RequestSession { Voice = name };

            Assert.Equal(name, Assert.IsType<AzureStandardVoice>(session.Voice).Name);
            ModelJson.Equal("{\"voice\":{\"type\":\"azure-standard\",\"name\":\"" + name + "\"}}", ModelJson.Write(session));
        }

        [Fact]
        public void A_response_takes_a_string_voice_too()
        {
            var response = new ResponseCreateParams { Voice = "en-US-AndrewNeural" };

            ModelJson.Equal("""{"voice":{"type":"azure-standard","name":"en-US-AndrewNeural"}}""", ModelJson.Write(response));
        }

        [Fact]
        public void A_null_string_is_no_voice_and_a_blank_one_is_refused()
        {
            string? none = null;
            Voice? voice = none;

            Assert.Null(voice);
            Assert.Throws<ArgumentException>(() => Voice.FromName(" "));
        }
    }
}
