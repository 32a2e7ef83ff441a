// Quickstart: say one sentence, get a spoken answer.
// Streams the question as 100 ms input_audio_buffer.append chunks, lets server VAD detect the end of the turn,
// prints both transcripts and a timeline of the events, and saves the assistant's audio as a WAV file.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

const string Question = "What's the weather like in Paris today?";
const int SampleRate = 24000; // pcm16 in and out: 24 kHz, 16-bit, mono

string outputPath = SampleOutput.PathFor("quickstart-reply.wav", args.Length > 0 ? args[0] : null);

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(60), async cancellationToken =>
{
    // The emulator may send the reply as fast as it likes: nothing here plays audio in real time.
    await using SampleSession session = await SampleSession.ConnectAsync(EmulatorAudioPacing.AsFastAsPossible, cancellationToken);
    VoiceLiveConnection connection = session.Connection;

    // The emulator understands its own synthetic speech; the real service gets a recorded WAV of the same question.
    ReadOnlyMemory<byte> question = session.IsEmulator
        ? EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize(Question, SampleRate))
        : WavFile.Read(Path.Combine(AppContext.BaseDirectory, "assets", "weather-paris-24k.wav")).Data;

    Stopwatch clock = Stopwatch.StartNew();
    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a helpful assistant. Answer in one or two short sentences.",
        Modalities = { Modality.Text, Modality.Audio },
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        InputAudioFormat = InputAudioFormat.Pcm16,
        OutputAudioFormat = OutputAudioFormat.Pcm16,
        // Without this the service does not send the transcript of what the user said.
        InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.Whisper1),
        // Server VAD ends the turn after 500 ms of silence and creates the response by itself.
        TurnDetection = new ServerVad { SilenceDurationMs = 500 },
    }, cancellationToken: cancellationToken);

    var timeline = new List<(long Ms, string Type)>();
    var replyAudio = new MemoryStream();
    Task microphone = Task.CompletedTask;
    bool assistantSpeaking = false;

    await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
    {
        timeline.Add((clock.ElapsedMilliseconds, evt.Type));
        switch (evt)
        {
            case ServerEventSessionUpdated:
                // Speak once the session is configured; real-time pace only against the real service (the
                // emulator does not care), then one second of silence so that VAD sees the end of the sentence.
                Console.WriteLine($"You (audio): {(session.IsEmulator ? Question : "assets/weather-paris-24k.wav")}");
                microphone = SpeakAsync();
                break;

            case ServerEventConversationItemInputAudioTranscriptionCompleted transcribed:
                Console.WriteLine($"Transcript of what you said: {transcribed.Transcript}");
                break;

            case ServerEventResponseAudioTranscriptDelta delta:
                if (!assistantSpeaking)
                {
                    Console.Write("Assistant: ");
                    assistantSpeaking = true;
                }

                Console.Write(delta.Delta);
                break;

            case ServerEventResponseAudioDelta audio:
                replyAudio.Write(audio.Delta.Span);
                break;

            case ServerEventError error:
                throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");

            case ServerEventResponseDone done:
                if (assistantSpeaking)
                {
                    Console.WriteLine();
                }

                if (done.Response.Status != ResponseStatus.Completed)
                {
                    throw new SampleFailedException($"the response ended with status {done.Response.Status}.");
                }

                await microphone;
                PrintTimeline(timeline);
                var wav = new WavAudio(replyAudio.ToArray(), SampleRate);
                WavFile.Write(outputPath, wav);
                Console.WriteLine($"Saved the assistant's audio ({wav.Duration.TotalSeconds:0.0} s) to {outputPath}");
                return 0;
        }
    }

    throw new SampleFailedException("the connection ended before response.done.");

    async Task SpeakAsync()
    {
        await MicrophoneSimulator.SendAsync(connection, question, SampleRate, realTime: !session.IsEmulator, cancellationToken);
        await MicrophoneSimulator.SendAsync(connection, MicrophoneSimulator.Silence(1000, SampleRate), SampleRate,
            realTime: !session.IsEmulator, cancellationToken);
    }
});

// One line per event, except that a burst of streaming events (*.delta) is folded into one line with counts.
static void PrintTimeline(List<(long Ms, string Type)> timeline)
{
    Console.WriteLine("Timeline (ms since connected, event):");
    for (int i = 0; i < timeline.Count;)
    {
        int end = i;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        while (end < timeline.Count && timeline[end].Type.EndsWith(".delta", StringComparison.Ordinal))
        {
            counts[timeline[end].Type] = counts.GetValueOrDefault(timeline[end].Type) + 1;
            end++;
        }

        if (counts.Count == 0)
        {
            Console.WriteLine($"  {timeline[i].Ms,6}  {timeline[i].Type}");
            i++;
            continue;
        }

        var parts = new List<string>();
        foreach (KeyValuePair<string, int> count in counts)
        {
            parts.Add($"{count.Key} x{count.Value}");
        }

        Console.WriteLine($"  {timeline[i].Ms,6}  {string.Join(", ", parts)} (until {timeline[end - 1].Ms} ms)");
        i = end;
    }
}
