using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace VoiceLive.Tests.Models
{
    /// <summary>
    /// The abstract bases that hold fields several wire types share (<see cref="AzureVoice"/>, <see cref="VadTurnDetection"/>,
    /// <see cref="AzureSemanticVadTurnDetection"/>, <see cref="SemanticEouDetection"/>): every member derives from its base,
    /// settings made through the base reach the wire through the union converter, and the fields keep the order each
    /// type wrote before the bases existed (System.Text.Json puts inherited properties last unless ordered).
    /// </summary>
    public class SharedBaseTests
    {
        public static TheoryData<string, Type> AzureVoices => new TheoryData<string, Type>
        {
            { "azure-standard", typeof(AzureStandardVoice) },
            { "azure-custom", typeof(AzureCustomVoice) },
            { "azure-personal", typeof(AzurePersonalVoice) },
            { "avatar-voice-sync", typeof(AzureAvatarVoiceSyncVoice) },
        };

        [Theory]
        [MemberData(nameof(AzureVoices))]
        public void EachAzureVoiceIsAnAzureVoiceAndWritesTheSharedSettingsSetThroughIt(string type, Type concrete)
        {
            var voice = (AzureVoice)Activator.CreateInstance(concrete)!;
            voice.Temperature = 0.7;
            voice.CustomLexiconUrl = "https://l";
            voice.CustomTextNormalizationUrl = "https://n";
            voice.PreferLocales.Add("en-US");
            voice.Locale = "en-US";
            voice.Style = "cheerful";
            voice.Pitch = "+5%";
            voice.Rate = "1.2";
            voice.Volume = "loud";

            string json = ModelJson.Write<Voice>(voice);

            using JsonDocument document = JsonDocument.Parse(json);
            Assert.Equal(type, document.RootElement.GetProperty("type").GetString());
            Assert.Equal(0.7, document.RootElement.GetProperty("temperature").GetDouble());
            Assert.Equal("https://l", document.RootElement.GetProperty("custom_lexicon_url").GetString());
            Assert.Equal("https://n", document.RootElement.GetProperty("custom_text_normalization_url").GetString());
            Assert.Equal("en-US", document.RootElement.GetProperty("prefer_locales")[0].GetString());
            Assert.Equal("en-US", document.RootElement.GetProperty("locale").GetString());
            Assert.Equal("cheerful", document.RootElement.GetProperty("style").GetString());
            Assert.Equal("+5%", document.RootElement.GetProperty("pitch").GetString());
            Assert.Equal("1.2", document.RootElement.GetProperty("rate").GetString());
            Assert.Equal("loud", document.RootElement.GetProperty("volume").GetString());

            Voice back = ModelJson.Read<Voice>(json);
            AzureVoice azure = Assert.IsAssignableFrom<AzureVoice>(back);
            Assert.IsType(concrete, back);
            Assert.Equal(0.7, azure.Temperature);
            Assert.Equal(new[] { "en-US" }, azure.PreferLocales);
            Assert.Equal("loud", azure.Volume);
            ModelJson.Equal(json, ModelJson.Write(back));
        }

        [Fact]
        public void AnUntouchedPreferLocalesOnTheBaseIsNotWritten()
        {
            string json = ModelJson.Write<Voice>(new AzureStandardVoice("en-US-AvaNeural"));

            ModelJson.Equal("""{"type":"azure-standard","name":"en-US-AvaNeural"}""", json);
        }

        [Fact]
        public void NonAzureVoicesAreNotAzureVoices()
        {
            Voice openAI = new OpenAIVoice(OpenAIVoiceName.Alloy);
            Voice realtimeNative = new AzureRealtimeNativeVoice();

            Assert.False(openAI is AzureVoice);
            Assert.False(realtimeNative is AzureVoice);
        }

        public static TheoryData<string, Type, bool> VadTypes => new TheoryData<string, Type, bool>
        {
            { "server_vad", typeof(ServerVad), false },
            { "azure_semantic_vad", typeof(AzureSemanticVad), true },
            { "azure_semantic_vad_en", typeof(AzureSemanticVadEn), true },
            { "azure_semantic_vad_multilingual", typeof(AzureSemanticVadMultilingual), true },
        };

        [Theory]
        [MemberData(nameof(VadTypes))]
        public void EachVadIsAVadTurnDetectionAndWritesTheSharedSettingsSetThroughIt(string type, Type concrete, bool semantic)
        {
            var vad = (VadTurnDetection)Activator.CreateInstance(concrete)!;
            vad.Threshold = 0.4;
            vad.PrefixPaddingMs = 300;
            vad.SilenceDurationMs = 500;
            vad.EndOfUtteranceDetection = new AzureSemanticDetection { TimeoutMs = 900 };
            vad.AutoTruncate = true;
            vad.CreateResponse = false;
            vad.InterruptResponse = true;
            if (vad is AzureSemanticVadTurnDetection azure)
            {
                azure.SpeechDurationMs = 80;
                azure.RemoveFillerWords = true;
            }

            Assert.Equal(semantic, vad is AzureSemanticVadTurnDetection);
            string json = ModelJson.Write<TurnDetection>(vad);

            string semanticFields = semantic ? "\"speech_duration_ms\":80,\"remove_filler_words\":true," : string.Empty;
            ModelJson.Equal(
                "{\"type\":\"" + type + "\",\"threshold\":0.4,\"prefix_padding_ms\":300,\"silence_duration_ms\":500,"
                + "\"end_of_utterance_detection\":{\"model\":\"semantic_detection_v1\",\"timeout_ms\":900},"
                + semanticFields + "\"auto_truncate\":true,\"create_response\":false,\"interrupt_response\":true}",
                json);
            TurnDetection back = ModelJson.Read<TurnDetection>(json);
            Assert.IsType(concrete, back);
            Assert.Equal(500, ((VadTurnDetection)back).SilenceDurationMs);
        }

        public static TheoryData<string, Type> SemanticEouTypes => new TheoryData<string, Type>
        {
            { "semantic_detection_v1", typeof(AzureSemanticDetection) },
            { "semantic_detection_v1_en", typeof(AzureSemanticDetectionEn) },
            { "semantic_detection_v1_multilingual", typeof(AzureSemanticDetectionMultilingual) },
            { "smart_end_of_turn_detection", typeof(SmartEndOfTurnDetection) },
        };

        [Theory]
        [MemberData(nameof(SemanticEouTypes))]
        public void EachKnownEouDetectionIsASemanticEouDetection(string model, Type concrete)
        {
            var detection = (SemanticEouDetection)Activator.CreateInstance(concrete)!;
            detection.ThresholdLevel = EouThresholdLevel.High;
            detection.TimeoutMs = 700;

            string json = ModelJson.Write<EouDetection>(detection);

            ModelJson.Equal("{\"model\":\"" + model + "\",\"threshold_level\":\"high\",\"timeout_ms\":700}", json);
            var back = Assert.IsAssignableFrom<SemanticEouDetection>(ModelJson.Read<EouDetection>(json));
            Assert.IsType(concrete, back);
            Assert.Equal(EouThresholdLevel.High, back.ThresholdLevel);
            Assert.Equal(700, back.TimeoutMs);
        }

        [Fact]
        public void AnUnknownEouDetectionIsNotASemanticEouDetection()
        {
            EouDetection unknown = ModelJson.Read<EouDetection>("""{"model":"semantic_detection_v9","timeout_ms":1}""");

            Assert.IsType<UnknownEouDetection>(unknown);
            Assert.False(unknown is SemanticEouDetection);
        }

        // Field order is not meaningful JSON, but the bases were introduced with the promise that the bytes on the wire
        // stay as they were; these lock the order each type had when it declared all of its fields itself.
        public static TheoryData<string, string[]> VoiceFieldOrders => new TheoryData<string, string[]>
        {
            { "azure-standard", new[] { "type", "name", "temperature", "custom_lexicon_url", "custom_text_normalization_url", "prefer_locales", "locale", "style", "pitch", "rate", "volume" } },
            { "azure-custom", new[] { "type", "name", "endpoint_id", "temperature", "custom_lexicon_url", "custom_text_normalization_url", "prefer_locales", "locale", "style", "pitch", "rate", "volume" } },
            { "azure-personal", new[] { "type", "name", "temperature", "model", "custom_lexicon_url", "custom_text_normalization_url", "prefer_locales", "locale", "style", "pitch", "rate", "volume" } },
            { "avatar-voice-sync", new[] { "type", "model", "temperature", "custom_lexicon_url", "custom_text_normalization_url", "prefer_locales", "locale", "style", "pitch", "rate", "volume" } },
        };

        [Theory]
        [MemberData(nameof(VoiceFieldOrders))]
        public void AzureVoicesKeepTheirFieldOrder(string type, string[] expected)
        {
            AzureVoice voice = type switch
            {
                "azure-standard" => new AzureStandardVoice("n"),
                "azure-custom" => new AzureCustomVoice("n", "e"),
                "azure-personal" => new AzurePersonalVoice("n", "DragonLatestNeural"),
                _ => new AzureAvatarVoiceSyncVoice("MAI-Voice-1"),
            };

            Assert.Equal(expected, PropertyNames(ModelJson.Write<Voice>(FillVoice(voice))));
        }

        public static TheoryData<string, string[]> TurnDetectionFieldOrders => new TheoryData<string, string[]>
        {
            { "server_vad", new[] { "type", "threshold", "prefix_padding_ms", "silence_duration_ms", "end_of_utterance_detection", "auto_truncate", "create_response", "interrupt_response" } },
            { "azure_semantic_vad", new[] { "type", "threshold", "prefix_padding_ms", "silence_duration_ms", "end_of_utterance_detection", "speech_duration_ms", "remove_filler_words", "languages", "auto_truncate", "create_response", "interrupt_response" } },
            { "azure_semantic_vad_en", new[] { "type", "threshold", "prefix_padding_ms", "silence_duration_ms", "end_of_utterance_detection", "speech_duration_ms", "remove_filler_words", "auto_truncate", "create_response", "interrupt_response" } },
            { "azure_semantic_vad_multilingual", new[] { "type", "threshold", "prefix_padding_ms", "silence_duration_ms", "end_of_utterance_detection", "speech_duration_ms", "remove_filler_words", "languages", "auto_truncate", "create_response", "interrupt_response" } },
        };

        [Theory]
        [MemberData(nameof(TurnDetectionFieldOrders))]
        public void VadsKeepTheirFieldOrder(string type, string[] expected)
        {
            VadTurnDetection vad = type switch
            {
                "server_vad" => new ServerVad(),
                "azure_semantic_vad" => new AzureSemanticVad { Languages = { "en" } },
                "azure_semantic_vad_en" => new AzureSemanticVadEn(),
                _ => new AzureSemanticVadMultilingual { Languages = { "de" } },
            };

            Assert.Equal(expected, PropertyNames(ModelJson.Write<TurnDetection>(FillVad(vad))));
        }

        [Fact]
        public void SemanticEouDetectionsKeepTheirFieldOrder()
        {
            string json = ModelJson.Write<EouDetection>(new SmartEndOfTurnDetection { TimeoutMs = 1, ThresholdLevel = EouThresholdLevel.Low });

            Assert.Equal(new[] { "model", "threshold_level", "timeout_ms" }, PropertyNames(json));
        }

        private static AzureVoice FillVoice(AzureVoice voice)
        {
            voice.Temperature = 0.5;
            voice.CustomLexiconUrl = "l";
            voice.CustomTextNormalizationUrl = "n";
            voice.PreferLocales = new List<string> { "en-US" };
            voice.Locale = "en-US";
            voice.Style = "s";
            voice.Pitch = "p";
            voice.Rate = "r";
            voice.Volume = "v";
            return voice;
        }

        private static VadTurnDetection FillVad(VadTurnDetection vad)
        {
            vad.Threshold = 0.5;
            vad.PrefixPaddingMs = 1;
            vad.SilenceDurationMs = 2;
            vad.EndOfUtteranceDetection = new AzureSemanticDetectionEn();
            vad.AutoTruncate = true;
            vad.CreateResponse = true;
            vad.InterruptResponse = true;
            if (vad is AzureSemanticVadTurnDetection semantic)
            {
                semantic.SpeechDurationMs = 3;
                semantic.RemoveFillerWords = false;
            }

            return vad;
        }

        private static string[] PropertyNames(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        }
    }
}
