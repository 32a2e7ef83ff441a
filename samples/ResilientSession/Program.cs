// ResilientSession: a conversation that survives two dropped connections and a session expiry.
// Offline, on the in-process emulator, which is told to drop the first session after its first answer, to cut the second
// session in the middle of an answer (close 1011), and to end the third at its maximum duration (1001 session_expired).
// With Reconnection enabled the library reopens each session with a fresh credential, replays the configuration and
// the conversation, and tells the app through two events; the app re-asks the question whose answer was cut. It exits 0
// only when the last session still holds the first thing the user said. (With Reconnection.RenewBeforeExpiry set,
// the expiry would instead be a seamless switch to a session opened ahead of it; see docs/resilience.md.)
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(60), async cancellationToken =>
{
    await using VoiceLiveEmulator emulator = await VoiceLiveEmulator.StartAsync(new VoiceLiveEmulatorOptions
    {
        AudioPacing = EmulatorAudioPacing.AsFastAsPossible,
        FaultSelector = attempt => attempt switch
        {
            0 => new EmulatorFaults { Kind = EmulatorFaultKind.Abort, Trigger = EmulatorFaultTrigger.AfterResponse },
            1 => new EmulatorFaults { Kind = EmulatorFaultKind.Close, CloseStatus = 1011, CloseReason = "server restarting", Trigger = EmulatorFaultTrigger.MidResponse },
            2 => new EmulatorFaults { MaxSessionMs = 1500 },
            _ => null,
        },
    }, cancellationToken);

    var options = new VoiceLiveClientOptions();
    options.Reconnection.Enabled = true;
    options.Reconnection.InitialDelay = TimeSpan.FromMilliseconds(100);
    await using VoiceLiveConnection connection = await VoiceLiveClient.ConnectAsync(emulator.Endpoint, new AzureKeyCredential("emulator"), "gpt-realtime", options, cancellationToken);
    using var tracker = new ConversationTracker(connection);

    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a friendly assistant. Keep answers short.",
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        TurnDetection = TurnDetection.Disabled,
    }, cancellationToken: cancellationToken);

    const string FirstWords = "Hello, my name is Ada.";
    await AskAsync(FirstWords);
    int resumes = 0;
    bool expired = false;
    bool reAsked = false;
    await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
    {
        switch (evt)
        {
            case ServerEventResponseAudioTranscriptDone answer:
                Console.WriteLine($"Assistant: {answer.Transcript}");
                break;

            case ConnectionInterruptedEvent interrupted:
                Console.WriteLine($"-- connection interrupted ({interrupted.CloseStatus} {interrupted.CloseStatusDescription})"
                    + (interrupted.InterruptedResponseId is null ? string.Empty : $"; the answer in progress ({interrupted.InterruptedResponseId}) was cut"));
                break;

            case ConnectionResumedEvent resumed:
                resumes++;
                expired |= resumed.Reason == ConnectionResumeReason.SessionExpired;
                Console.WriteLine($"-- resumed as {resumed.SessionId} ({resumed.Reason}) after {resumed.Attempts} attempt(s); {resumed.ItemsRestored} item(s) restored");
                if (tracker.LastResponse?.Status == ResponseStatus.Incomplete && !reAsked)
                {
                    // The library never re-runs a cut response: the app decides. Here it asks for the answer again.
                    reAsked = true;
                    Console.WriteLine("-- asking again for the answer that was cut");
                    await connection.Response.CreateAsync(cancellationToken: cancellationToken);
                }

                if (resumes == 1)
                {
                    await AskAsync("What is my name?");
                }

                break;

            case ServerEventError error:
                throw new SampleFailedException("The service reported an error: " + error.Error?.Message);
        }

        if (resumes == 3)
        {
            break;
        }
    }

    if (!expired || !reAsked)
    {
        throw new SampleFailedException($"Expected two drops and an expiry (resumed {resumes} times, expired: {expired}, re-asked: {reAsked}).");
    }

    // The conversation is intact in the fourth session: the service side still has the first thing the user said.
    string firstItem = tracker.Items.First(i => i.Role == MessageRole.User).Id;
    await connection.Conversation.Item.RetrieveAsync(firstItem, cancellationToken: cancellationToken);
    await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
    {
        if (evt is ServerEventConversationItemRetrieved { Item: ResponseMessageItem retrieved } && retrieved.Id == firstItem)
        {
            string text = string.Concat(retrieved.Content.OfType<RequestTextContentPart>().Select(p => p.Text));
            Console.WriteLine($"Session {emulator.Connections.Count} still holds: \"{text}\" ({tracker.Items.Count} items in the conversation)");
            return text == FirstWords ? 0 : throw new SampleFailedException($"The first item came back as \"{text}\".");
        }

        if (evt is ServerEventError error)
        {
            throw new SampleFailedException("The retrieve failed: " + error.Error?.Message);
        }
    }

    throw new SampleFailedException("The stream ended before the retrieve was answered.");

    async Task AskAsync(string text)
    {
        Console.WriteLine($"User: {text}");
        await connection.Conversation.Item.CreateAsync(new UserMessageItem(text), cancellationToken: cancellationToken);
        await connection.Response.CreateAsync(cancellationToken: cancellationToken);
    }
});
