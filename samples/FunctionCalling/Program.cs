// FunctionCalling: tools the library runs for the model.
// The session offers two tools made from plain C# methods (AIFunctionFactory writes their JSON schemas); the user asks
// about the weather and the time (as text, so the sample behaves the same against the emulator and the service). The
// connection's tool runner does the whole loop: it invokes each call when its arguments are complete (both calls of the
// response run concurrently), sends the outputs, and asks for the spoken answer once the response is done. The sample
// only reads events.
using System;
using System.ComponentModel;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

const string Question = "What's the weather like in Paris and the time in Tokyo?";

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(60), async cancellationToken =>
{
    await using SampleSession session = await SampleSession.ConnectAsync(EmulatorAudioPacing.AsFastAsPossible, cancellationToken);
    VoiceLiveConnection connection = session.Connection;

    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a travel assistant. Use the tools to answer questions about weather and time.",
        Modalities = { Modality.Text, Modality.Audio },
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        // Text input only: no audio turns to detect.
        TurnDetection = TurnDetection.Disabled,
    }, cancellationToken: cancellationToken);

    // Registers both functions and sends them in a session.update: from here on the library answers every call.
    await connection.Tools.AddAsync(new[] { AIFunctionFactory.Create(Tools.GetWeather, "get_weather"), AIFunctionFactory.Create(Tools.GetTime, "get_time") }, cancellationToken);

    Console.WriteLine($"User: {Question}");
    await connection.Conversation.Item.CreateAsync(new UserMessageItem(Question), cancellationToken: cancellationToken);
    await connection.Response.CreateAsync(cancellationToken: cancellationToken);

    int calls = 0;
    await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
    {
        switch (evt)
        {
            case ServerEventResponseFunctionCallArgumentsDone call:
                calls++;
                Console.WriteLine($"Model calls {call.Name}({call.Arguments})");
                break;

            case ServerEventConversationItemCreated { Item: ResponseFunctionCallOutputItem output }:
                Console.WriteLine($"Tool output for {output.CallId}: {output.Output}");
                break;

            case ServerEventResponseAudioTranscriptDone transcript:
                Console.WriteLine($"Assistant: {transcript.Transcript}");
                break;

            case ServerEventError error:
                throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");

            case ServerEventResponseDone done when done.Response.Status != ResponseStatus.Completed:
                throw new SampleFailedException($"the response ended with status {done.Response.Status}.");

            case ServerEventResponseDone done when !done.Response.Output.OfType<ResponseFunctionCallItem>().Any():
                // The answer after the tool outputs (the library sent its response.create).
                if (calls != 2)
                {
                    throw new SampleFailedException($"expected the model to call both tools, it made {calls} call(s).");
                }

                return 0;
        }
    }

    throw new SampleFailedException("the connection ended before the final answer.");
});

/// <summary>The sample's tools: stand-ins for real APIs. Their parameters and descriptions become the JSON schema the model sees.</summary>
internal static class Tools
{
    [Description("Gets the current weather for a city.")]
    public static string GetWeather([Description("The city, for example Paris")] string location)
        => location.Contains("Paris", StringComparison.OrdinalIgnoreCase) ? $"18 C and partly cloudy in {location}" : $"21 C and sunny in {location}";

    [Description("Gets the local time in a city.")]
    public static string GetTime([Description("The city, for example Tokyo")] string location)
        => $"09:00 in {location}";
}
