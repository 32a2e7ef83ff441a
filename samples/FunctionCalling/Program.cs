// FunctionCalling: the get_weather round trip.
// The session offers one function tool; the user asks about the weather in Paris (as text, so the sample behaves the
// same against the emulator and the service); the model calls get_weather; the sample runs a local fake weather
// function, returns its output as a function_call_output item and asks for the final, spoken answer.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples;

const string Question = "What's the weather like in Paris today?";

return await SampleRunner.RunAsync(TimeSpan.FromSeconds(60), async cancellationToken =>
{
    await using SampleSession session = await SampleSession.ConnectAsync(EmulatorAudioPacing.AsFastAsPossible, cancellationToken);
    VoiceLiveConnection connection = session.Connection;

    await connection.Session.UpdateAsync(new RequestSession
    {
        Instructions = "You are a weather assistant. Use the get_weather tool to answer questions about the weather.",
        Modalities = { Modality.Text, Modality.Audio },
        Voice = new AzureStandardVoice("en-US-AvaNeural"),
        // Text input only: no audio turns to detect.
        TurnDetection = TurnDetection.Disabled,
        Tools =
        {
            new FunctionTool("get_weather")
            {
                Description = "Gets the current weather for a city.",
                Parameters = BinaryData.FromString("""
                    {
                      "type": "object",
                      "properties": {
                        "location": { "type": "string", "description": "The city, for example Paris" }
                      },
                      "required": ["location"]
                    }
                    """),
            },
        },
        ToolChoice = ToolChoice.Auto,
    }, cancellationToken: cancellationToken);

    // The question as a text message, then a response. (With audio input, server VAD would do both.)
    Console.WriteLine($"User: {Question}");
    await connection.Conversation.Item.CreateAsync(new UserMessageItem(Question), cancellationToken: cancellationToken);
    await connection.Response.CreateAsync(cancellationToken: cancellationToken);

    var outputs = new List<FunctionCallOutputItem>();
    bool answered = false;

    await foreach (ServerEvent evt in connection.WithCancellation(cancellationToken))
    {
        switch (evt)
        {
            case ServerEventResponseFunctionCallArgumentsDone call:
                Console.WriteLine($"Model calls {call.Name}({call.Arguments})  [call_id {call.CallId}]");
                string output = call.Name == "get_weather"
                    ? GetWeather(call.Arguments)
                    : new JsonObject { ["error"] = $"unknown function {call.Name}" }.ToJsonString();
                Console.WriteLine($"Function returns {output}");
                outputs.Add(new FunctionCallOutputItem(call.CallId, output));
                break;

            case ServerEventResponseAudioTranscriptDelta delta:
                if (!answered)
                {
                    Console.Write("Assistant: ");
                    answered = true;
                }

                Console.Write(delta.Delta);
                break;

            case ServerEventError error:
                throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");

            case ServerEventResponseDone done:
                if (done.Response.Status != ResponseStatus.Completed)
                {
                    throw new SampleFailedException($"the response ended with status {done.Response.Status}.");
                }

                if (outputs.Count > 0)
                {
                    // Send the results only after the response that asked for them is done: a response.create
                    // while a response is still active is rejected.
                    foreach (FunctionCallOutputItem item in outputs)
                    {
                        await connection.Conversation.Item.CreateAsync(item, cancellationToken: cancellationToken);
                    }

                    outputs.Clear();
                    await connection.Response.CreateAsync(cancellationToken: cancellationToken);
                    break;
                }

                if (!answered)
                {
                    throw new SampleFailedException("the model answered without calling get_weather or speaking.");
                }

                Console.WriteLine();
                return 0;
        }
    }

    throw new SampleFailedException("the connection ended before the final answer.");
});

// A stand-in for a real weather API. The arguments are the model's JSON: validate them like any untrusted input.
static string GetWeather(string argumentsJson)
{
    string location;
    try
    {
        using JsonDocument arguments = JsonDocument.Parse(argumentsJson);
        location = arguments.RootElement.GetProperty("location").GetString() ?? "";
    }
    catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
    {
        return new JsonObject { ["error"] = "expected {\"location\": \"<city>\"}" }.ToJsonString();
    }

    var weather = new JsonObject
    {
        ["location"] = location,
        ["temperature_c"] = location.Contains("Paris", StringComparison.OrdinalIgnoreCase) ? 18 : 21,
        ["condition"] = "partly cloudy",
    };
    return weather.ToJsonString();
}
