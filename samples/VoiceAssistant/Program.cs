// VoiceAssistant: a spoken conversation with barge-in.
// A simulated microphone streams speech at real-time pace with server VAD; a simulated speaker plays the assistant's
// audio at real-time pace. While the first reply is playing the user speaks again: the sample stops playback and
// lets Response.InterruptAsync do the rest: cancel the response only if the service is not already cancelling it
// (server VAD does), and truncate the assistant's item at what was actually heard. No error comes back.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

const int SampleRate = 24000;            // pcm16: 24 kHz, 16-bit, mono
const int BytesPerSecond = SampleRate * 2;
const int InterruptAfterMs = 1000;       // how much of the first reply the user hears before talking over it

string outputPath = SampleOutput.PathFor("voice-assistant-played.wav");

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(60), async cancellationToken =>
{
    // Real-time pacing: the emulator streams its reply like the service does, so barge-in happens mid-reply.
    await using SampleSession session = await SampleSession.ConnectAsync(EmulatorAudioPacing.RealTime, cancellationToken);
    VoiceLiveConnection connection = session.Connection;

    ReadOnlyMemory<byte> first = LoadSpeech(args.Length > 0 ? args[0] : null, "Please tell me a short story.", "hello-story-24k.wav");
    ReadOnlyMemory<byte> second = LoadSpeech(args.Length > 1 ? args[1] : null, "Wait, what about Paris?", "interruption-24k.wav");

    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a friendly voice assistant. Keep answers short.",
        Modalities = { Modality.Text, Modality.Audio },
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        InputAudioFormat = InputAudioFormat.Pcm16,
        OutputAudioFormat = OutputAudioFormat.Pcm16,
        InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.Whisper1),
        TurnDetection = new ServerVad { SilenceDurationMs = 500 },
    }, cancellationToken: cancellationToken);

    var tracker = new AudioPlaybackTracker(OutputAudioFormat.Pcm16);
    await using var speaker = new SpeakerSimulator(tracker, BytesPerSecond);
    using var micStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    Stopwatch clock = Stopwatch.StartNew();
    bool secondSentenceStarted = false;
    string? cancelledResponseId = null;
    string partialTranscript = "";
    int bargeIns = 0;

    Task microphone = RunMicrophoneAsync(micStop.Token);
    try
    {
        await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
        {
            switch (evt)
            {
                case ServerEventInputAudioBufferSpeechStarted started:
                    Log($"user started speaking (audio_start_ms {started.AudioStartMs})");
                    if (tracker.IsPlaying)
                    {
                        await BargeInAsync();
                    }

                    break;

                case ServerEventConversationItemInputAudioTranscriptionCompleted transcribed:
                    Log($"user said: {transcribed.Transcript}");
                    break;

                case ServerEventResponseCreated:
                    partialTranscript = "";
                    break;

                case ServerEventResponseAudioDelta audio when audio.ResponseId != cancelledResponseId:
                    // Audio of a cancelled response that was already on the wire is dropped, never played.
                    if (tracker.ItemId != audio.ItemId)
                    {
                        Log("assistant audio starts arriving; the speaker plays it");
                    }

                    tracker.OnAudioDelta(audio);
                    speaker.Enqueue(audio.Delta);
                    break;

                case ServerEventResponseAudioTranscriptDelta delta:
                    partialTranscript += delta.Delta;
                    break;

                case ServerEventResponseAudioTranscriptDone done when done.ResponseId != cancelledResponseId:
                    Log($"assistant: {done.Transcript}");
                    break;

                case ServerEventConversationItemTruncated truncated:
                    Log($"service truncated item {truncated.ItemId} at {truncated.AudioEndMs} ms");
                    break;

                case ServerEventConversationItemDeleted deleted:
                    Log($"service deleted item {deleted.ItemId}");
                    break;

                case ServerEventError error:
                    throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");

                case ServerEventResponseDone done:
                    Log($"response {done.Response.Status}");
                    if (done.Response.Status == ResponseStatus.Completed && secondSentenceStarted)
                    {
                        await speaker.DrainAsync(TimeSpan.FromSeconds(15), cancellationToken);
                        byte[] played = speaker.PlayedAudio;
                        WavFile.Write(outputPath, new WavAudio(played, SampleRate));
                        Log($"done: {bargeIns} barge-in(s); saved {played.Length * 1000 / BytesPerSecond} ms of played audio to {outputPath}");
                        return 0;
                    }

                    break;
            }
        }
    }
    finally
    {
        micStop.Cancel();
        await microphone.ContinueWith(_ => { }, TaskScheduler.Default); // its cancellation is expected here
    }

    throw new SampleFailedException("the connection ended before the conversation finished.");

    async Task BargeInAsync()
    {
        bargeIns++;

        // 1. Stop the speaker first: from now on the user hears nothing more of this reply.
        int droppedMs = speaker.Stop();
        Log($"barge-in: stopped playback after {tracker.PlayedMs} ms of {tracker.ReceivedMs} ms received ({droppedMs} ms queued audio dropped)");
        Log($"assistant (interrupted): {partialTranscript}");

        // 2. Stop generating (unless server VAD already does) and make the history match what the user heard.
        cancelledResponseId = connection.Response.ActiveResponseId;
        InterruptionResult interruption = await connection.Response.InterruptAsync(tracker, cancellationToken);
        Log(interruption.ResponseCancelled ? "sent response.cancel" : "the service cancels the response itself (server VAD)");
        if (interruption.TruncatedItemId is not null)
        {
            Log(interruption.ItemDeleted ? $"deleted item {interruption.TruncatedItemId}" : $"truncated item {interruption.TruncatedItemId} at {interruption.TruncatedAtMs} ms");
        }
    }

    // The user's side: first sentence, silence until the reply has played for a while, second sentence, silence.
    async Task RunMicrophoneAsync(CancellationToken stop)
    {
        byte[] silence = MicrophoneSimulator.Silence(100, SampleRate);
        Log("user speaks the first sentence");
        await MicrophoneSimulator.SendAsync(connection, first, SampleRate, realTime: true, stop);

        Stopwatch waiting = Stopwatch.StartNew();
        while (tracker.PlayedMs < InterruptAfterMs)
        {
            if (waiting.Elapsed > TimeSpan.FromSeconds(20))
            {
                // The overall time limit ends the sample; say why first.
                Console.Error.WriteLine("FAILED: the assistant's reply did not start playing within 20 s.");
                throw new SampleFailedException("the assistant's reply did not start playing within 20 s.");
            }

            await MicrophoneSimulator.SendAsync(connection, silence, SampleRate, realTime: true, stop);
        }

        Log("user talks over the reply with the second sentence");
        secondSentenceStarted = true;
        await MicrophoneSimulator.SendAsync(connection, second, SampleRate, realTime: true, stop);
        while (true)
        {
            await MicrophoneSimulator.SendAsync(connection, silence, SampleRate, realTime: true, stop);
        }
    }

    void Log(string message) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,5:0.0} s] {message}");

    // Emulator: its synthetic speech of `text`. Service: the WAV given, or the recorded asset.
    ReadOnlyMemory<byte> LoadSpeech(string? wavPath, string text, string asset)
    {
        if (wavPath is null && session.IsEmulator)
        {
            return EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize(text, SampleRate));
        }

        WavAudio wav = WavFile.Read(wavPath ?? Path.Combine(AppContext.BaseDirectory, "assets", asset));
        if (wav.SampleRate != SampleRate || wav.Channels != 1 || wav.Encoding != WavEncoding.Pcm16)
        {
            throw new SampleFailedException($"{wavPath}: need 24 kHz 16-bit mono PCM, got {wav}.");
        }

        return wav.Data;
    }
});
