// AgentWithExtensionsAI: a voice agent written against Microsoft.Extensions.AI's realtime abstraction (IRealtimeClient)
// and its middleware: function invocation, OpenTelemetry and logging. Voice Live is only the provider underneath
// (AsIRealtimeClient); the same program runs on any other IRealtimeClient.
// Two turns: a typed question that needs two tools at once, then a spoken one that needs one tool.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using VoiceLive;
using VoiceLive.Samples;

const string TelemetrySource = "AgentWithExtensionsAI";

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(90), async cancellationToken =>
{
    // The middleware logs through this factory: warnings and up, and function invocations at Information.
    using ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder
        .AddSimpleConsole(options => options.SingleLine = true)
        .SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Microsoft.Extensions.AI", LogLevel.Information));
    using var spans = new SpanCollector(TelemetrySource);
    await using VoiceLiveEndpoint endpoint = await VoiceLiveEndpoint.OpenAsync(loggerFactory, cancellationToken);
    var tools = new AgentTools();

    using IRealtimeClient client = endpoint.Client.AsIRealtimeClient(endpoint.Model)
        .AsBuilder()
        .UseFunctionInvocation(loggerFactory)
        .UseOpenTelemetry(loggerFactory, TelemetrySource)
        .UseLogging(loggerFactory)
        .Build();

    await using IRealtimeClientSession session = await client.CreateSessionAsync(new RealtimeSessionOptions
    {
        Instructions = "You are a concise travel assistant. Use the tools for weather and time; answer in one sentence.",
        Voice = "en-US-AvaNeural",
        TranscriptionOptions = new TranscriptionOptions { SpeechLanguage = "en-US" },
        VoiceActivityDetection = new VoiceActivityDetectionOptions { Enabled = true, AllowInterruption = true },
        Tools = tools.All,
    }, cancellationToken);

    var turns = new List<Turn>
    {
        Turn.Typed("What's the weather in Paris and the time in Tokyo?", "get_weather(location: Paris)", "get_time(location: Tokyo)"),
        endpoint.IsEmulator
            ? Turn.Spoken("What's the weather in Oslo", EmulatorVoice.Say("What's the weather in Oslo"), "get_weather(location: Oslo)")
            : Turn.Spoken("assets/weather-paris-24k.wav", WavFile.Read(Path.Combine(AppContext.BaseDirectory, "assets", "weather-paris-24k.wav")).Data.ToArray()),
    };

    int current = 0;
    int callsBefore = 0;
    var answer = new StringBuilder();
    Task speaking = turns[0].StartAsync(session, pace: !endpoint.IsEmulator, cancellationToken);

    await foreach (RealtimeServerMessage message in session.GetStreamingResponseAsync(cancellationToken))
    {
        switch (message)
        {
            case InputAudioTranscriptionRealtimeServerMessage heard when heard.Type == RealtimeServerMessageType.InputAudioTranscriptionCompleted:
                Console.WriteLine($"  (heard: {heard.Transcription})");
                break;

            case OutputTextAudioRealtimeServerMessage text when text.Type == RealtimeServerMessageType.OutputAudioTranscriptionDelta || text.Type == RealtimeServerMessageType.OutputTextDelta:
                if (answer.Length == 0)
                {
                    Console.Write("Assistant: ");
                }

                answer.Append(text.Text);
                Console.Write(text.Text);
                break;

            case ErrorRealtimeServerMessage error:
                throw new SampleFailedException($"error {error.Error?.ErrorCode}: {error.Error?.Message}");

            case ResponseCreatedRealtimeServerMessage done when done.Type == RealtimeServerMessageType.ResponseDone:
                if (done.Status != RealtimeResponseStatus.Completed)
                {
                    throw new SampleFailedException($"a response ended {done.Status}: {done.Error?.Message}");
                }

                // A response that called tools is answered by the follow-up response the middleware asks for.
                if (done.Items?.Any(item => item.Contents.OfType<FunctionCallContent>().Any()) == true)
                {
                    break;
                }

                Console.WriteLine();
                Console.WriteLine($"  (usage: {done.Usage?.InputTokenCount} in, {done.Usage?.OutputTokenCount} out)");
                await speaking;
                string[] calls = tools.Calls.Skip(callsBefore).ToArray();
                turns[current].Check(calls, answer.ToString(), exact: endpoint.IsEmulator);
                callsBefore = tools.Calls.Count;
                answer.Clear();

                if (++current == turns.Count)
                {
                    if (tools.Calls.IsEmpty)
                    {
                        throw new SampleFailedException("the model never called a tool.");
                    }

                    spans.Print();
                    if (spans.Count == 0)
                    {
                        throw new SampleFailedException("the OpenTelemetry middleware emitted no span.");
                    }

                    Console.WriteLine($"Done: {turns.Count} turns, {tools.Calls.Count} tool calls.");
                    return 0;
                }

                speaking = turns[current].StartAsync(session, pace: !endpoint.IsEmulator, cancellationToken);
                break;
        }
    }

    throw new SampleFailedException("the session ended before the conversation was over.");
});
