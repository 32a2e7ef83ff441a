// SipAgent: a phone agent on Voice Live SIP. It registers a webhook, answers an incoming call, talks with the caller,
// transfers the call with a SIP REFER; then answers a second call and hangs up. Every webhook delivery is verified
// with its signature. Without AZURE_VOICELIVE_ENDPOINT it runs against the emulator started in this process, which
// also plays the phone network: it rings, and its synthetic speech stands in for the caller.
using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;
using VoiceLive.Samples.SipAgent;

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(90), async cancellationToken =>
{
    string? endpointText = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_ENDPOINT");
    string model = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_MODEL") is { Length: > 0 } m ? m : "gpt-realtime";
    string transferTarget = Environment.GetEnvironmentVariable("SIP_TRANSFER_TARGET") ?? "sip:billing@pstn.example.com";
    await using VoiceLiveEmulator? emulator = string.IsNullOrEmpty(endpointText)
        ? await VoiceLiveEmulator.StartAsync(new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.AsFastAsPossible }, cancellationToken)
        : null;

    Uri endpoint = emulator?.Endpoint ?? new Uri(endpointText!);
    VoiceLiveClient client;
    VoiceLiveSipClient sip;
    if (emulator is not null)
    {
        Console.WriteLine($"Mode: emulator at {emulator.Endpoint} (set AZURE_VOICELIVE_ENDPOINT to use the real service)");
        client = new VoiceLiveClient(endpoint, new AzureKeyCredential("emulator"));
        sip = new VoiceLiveSipClient(endpoint, new AzureKeyCredential("emulator"));
    }
    else
    {
        Console.WriteLine($"Mode: service at {endpoint}");
        var credential = new DefaultAzureCredential();
        client = new VoiceLiveClient(endpoint, credential);
        sip = new VoiceLiveSipClient(endpoint, credential);
    }

    // The service must reach the webhook: against it, SIP_WEBHOOK_PREFIX is a listener prefix behind a public HTTPS
    // tunnel and SIP_WEBHOOK_URL the tunnel's address; against the emulator, a free loopback port does.
    string prefix = Environment.GetEnvironmentVariable("SIP_WEBHOOK_PREFIX") ?? $"http://127.0.0.1:{FreePort()}/webhooks/sip/";
    await using var receiver = new WebhookReceiver(prefix);
    Uri publicUrl = Environment.GetEnvironmentVariable("SIP_WEBHOOK_URL") is { Length: > 0 } url ? new Uri(url) : receiver.Url;
    var registration = new SipCreateWebhookRequest(publicUrl) { Name = "SipAgent sample" };
    foreach (string type in new[] { ServerEventType.RealtimeCallIncoming, ServerEventType.RealtimeCallConnected, ServerEventType.RealtimeCallDisconnected, ServerEventType.RealtimeCallTransferSucceeded, ServerEventType.RealtimeCallTransferFailed })
    {
        registration.EventTypes.Add(type);
    }

    SipWebhookEndpoint webhook = (await sip.CreateWebhookAsync(registration, cancellationToken)).Value;
    receiver.Validator = new SipWebhookValidator(webhook.SigningSecret!);
    Console.WriteLine($"Webhook {webhook.Id} registered for {webhook.Url} (secret …{webhook.SigningSecretHint})");

    var agent = new CallAgent(client, sip, emulator is not null);
    try
    {
        SipCallTerminalReason? first = await AnswerAsync(transferTarget);
        SipCallTerminalReason? second = await AnswerAsync(null);
        if (first != SipCallTerminalReason.TransferSucceeded || second != SipCallTerminalReason.CustomerHangup)
        {
            throw new SampleFailedException($"the calls ended with {first} and {second}, expected TransferSucceeded and CustomerHangup");
        }
    }
    finally
    {
        await sip.DeleteWebhookAsync(webhook.Id, CancellationToken.None);
    }

    Console.WriteLine("Done: one call transferred, one hung up.");
    return 0;

    async Task<SipCallTerminalReason?> AnswerAsync(string? transferTo)
    {
        if (emulator is not null)
        {
            Console.WriteLine("Ringing (the emulator simulates an incoming call)...");
            await emulator.Sip.RingAsync(new EmulatorIncomingCall { From = "sip:+14255550123@pstn.example.com" }, cancellationToken);
        }
        else
        {
            Console.WriteLine("Waiting for a call to the resource's SIP number...");
        }

        SipWebhookEvent incoming = await receiver.WaitForAsync(ServerEventType.RealtimeCallIncoming, null, cancellationToken);
        string callId = incoming.Data.CallId;
        string from = incoming.Data.SipHeaders.Count > 0 ? incoming.Data.SipHeaders[0].Value : "unknown";
        Console.WriteLine($"Call {callId} from {from}: accepting");
        SipAcceptCallResult accepted = (await sip.AcceptCallAsync(callId, new SipAcceptCallRequest
        {
            Model = model,
            Session = new RequestSession
            {
                Instructions = "You are the front desk of a phone line. Be brief.",
                Modalities = { Modality.Text, Modality.Audio },
                Voice = new AzureStandardVoice("en-US-AvaNeural"),
            },
        }, cancellationToken)).Value;
        Console.WriteLine($"  rest     accept: {accepted.State}, session {accepted.VoiceLiveSessionId}");

        SipCallTerminalReason? reason = await agent.RunAsync(callId, transferTo, cancellationToken);
        await receiver.WaitForAsync(ServerEventType.RealtimeCallDisconnected, callId, cancellationToken);
        return reason;
    }
});

static int FreePort()
{
    using var probe = new TcpListener(IPAddress.Loopback, 0);
    probe.Start();
    return ((IPEndPoint)probe.LocalEndpoint).Port;
}
