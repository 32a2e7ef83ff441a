// TextChat: text in, text and audio out.
// Each message (the command-line arguments, else lines from stdin) becomes a user message item and a
// response.create with modalities text and audio; the reply's transcript streams to the console and its audio is
// saved as out/reply-N.wav.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

const int SampleRate = 24000; // pcm16 output: 24 kHz, 16-bit, mono
const string DefaultMessage = "Hello! What can you do?";
TimeSpan replyTimeout = TimeSpan.FromSeconds(60);

// No overall limit (an interactive chat lasts as long as the user types); every reply is bounded instead.
return await SampleRunner.RunAsync(Timeout.InfiniteTimeSpan, async cancellationToken =>
{
    await using SampleSession session = await SampleSession.ConnectAsync(EmulatorAudioPacing.AsFastAsPossible, cancellationToken);
    VoiceLiveConnection connection = session.Connection;

    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a helpful assistant. Keep answers to one or two sentences.",
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        OutputAudioFormat = OutputAudioFormat.Pcm16,
        TurnDetection = TurnDetection.Disabled, // no microphone: responses are requested explicitly
    }, cancellationToken: cancellationToken);

    int replies = 0;
    foreach (string message in ReadMessages(args))
    {
        replies++;
        if (Console.IsInputRedirected || args.Length > 0)
        {
            Console.WriteLine($"You: {message}");
        }

        await connection.Conversation.Item.CreateAsync(new UserMessageItem(message), cancellationToken: cancellationToken);
        await connection.Response.CreateAsync(
            new ResponseCreateParams { Modalities = { Modality.Text, Modality.Audio } }, cancellationToken: cancellationToken);

        using var replyCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        replyCts.CancelAfter(replyTimeout);
        byte[] audio;
        try
        {
            audio = await ReceiveReplyAsync(connection, replyCts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SampleFailedException($"no complete reply within {replyTimeout.TotalSeconds:0} s.");
        }

        string path = SampleOutput.PathFor($"reply-{replies}.wav");
        var wav = new WavAudio(audio, SampleRate);
        WavFile.Write(path, wav);
        Console.WriteLine($"  (audio: {wav.Duration.TotalSeconds:0.0} s, saved to {path})");
    }

    Console.WriteLine($"{replies} repl{(replies == 1 ? "y" : "ies")}.");
    return 0;
});

// Streams one reply to the console and returns its audio.
static async Task<byte[]> ReceiveReplyAsync(VoiceLiveConnection connection, CancellationToken cancellationToken)
{
    var audio = new MemoryStream();
    Console.Write("Assistant: ");
    while (await connection.ReceiveAsync(cancellationToken) is ServerEvent evt)
    {
        switch (evt)
        {
            case ServerEventResponseAudioTranscriptDelta transcript:
                Console.Write(transcript.Delta);
                break;

            case ServerEventResponseTextDelta text: // text-only responses stream here instead
                Console.Write(text.Delta);
                break;

            case ServerEventResponseAudioDelta delta:
                audio.Write(delta.Delta.Span);
                break;

            case ServerEventError error:
                Console.WriteLine();
                throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");

            case ServerEventResponseDone done:
                Console.WriteLine();
                if (done.Response.Status != ResponseStatus.Completed)
                {
                    throw new SampleFailedException($"the response ended with status {done.Response.Status}.");
                }

                return audio.ToArray();
        }
    }

    throw new SampleFailedException("the connection ended before response.done.");
}

// The arguments when given; else stdin lines (interactive with a prompt, or piped); one default message when
// stdin is redirected and empty, so `dotnet run < /dev/null` still has something to say.
static IEnumerable<string> ReadMessages(string[] args)
{
    if (args.Length > 0)
    {
        foreach (string arg in args)
        {
            yield return arg;
        }

        yield break;
    }

    bool interactive = !Console.IsInputRedirected;
    if (interactive)
    {
        Console.WriteLine("Type a message and press Enter (empty line or Ctrl+D to quit).");
    }

    int count = 0;
    while (true)
    {
        if (interactive)
        {
            Console.Write("You: ");
        }

        string? line = Console.ReadLine();
        if (line is null || (interactive && line.Length == 0))
        {
            break;
        }

        if (line.Trim().Length > 0)
        {
            count++;
            yield return line.Trim();
        }
    }

    if (count == 0 && !interactive)
    {
        yield return DefaultMessage;
    }
}
