using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VoiceLive.Samples.HostedAgent
{
    /// <summary>
    /// The agent: one session with a few text turns, each answered with audio and a transcript, then it stops the host.
    /// A real agent would bridge a phone call or a browser here; the shape (injected client, one session per
    /// conversation, the host's logging and telemetry) is the same.
    /// </summary>
    internal sealed class AgentWorker : BackgroundService
    {
        public const string ActivitySourceName = "HostedAgent";

        private static readonly ActivitySource Source = new ActivitySource(ActivitySourceName);
        private static readonly string[] Questions = { "What's the weather like in Paris today?", "And tomorrow?" };

        private readonly VoiceLiveClient _client;
        private readonly IHostApplicationLifetime _lifetime;
        private readonly ILogger<AgentWorker> _logger;

        public AgentWorker(VoiceLiveClient client, IHostApplicationLifetime lifetime, ILogger<AgentWorker> logger)
        {
            _client = client;
            _lifetime = lifetime;
            _logger = logger;
        }

        /// <summary>0 when every turn was answered, 1 otherwise.</summary>
        public static int ExitCode { get; private set; } = 1;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                // The app's own span: the connect span (and through it every response) is its child.
                using Activity? conversation = Source.StartActivity("conversation");
                string model = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_MODEL") ?? "gpt-realtime";
                await using VoiceLiveConnection connection = await _client.ConnectAsync(model, stoppingToken);
                _logger.LogInformation("Connected: {Connection}", connection);
                await connection.Session.UpdateAsync(new RequestSession
                {
                    Instructions = "You are a helpful assistant. Answer in one short sentence.",
                    Modalities = { Modality.Text, Modality.Audio },
                    Voice = new AzureStandardVoice("en-US-AvaNeural"),
                }, cancellationToken: stoppingToken);

                await using var events = connection.GetAsyncEnumerator(stoppingToken);
                foreach (string question in Questions)
                {
                    _logger.LogInformation("User: {Question}", question);
                    await connection.Conversation.Item.CreateAsync(new UserMessageItem(question), cancellationToken: stoppingToken);
                    await connection.Response.CreateAsync(cancellationToken: stoppingToken);
                    string transcript = await ReadReplyAsync(events);
                    _logger.LogInformation("Assistant: {Transcript}", transcript);
                }

                ExitCode = 0;
            }
            catch (Exception ex) when (ex is VoiceLiveException || ex is OperationCanceledException || ex is InvalidOperationException)
            {
                _logger.LogError(ex, "The agent failed");
            }
            finally
            {
                _lifetime.StopApplication();
            }
        }

        private static async Task<string> ReadReplyAsync(IAsyncEnumerator<ServerEvent> events)
        {
            string transcript = string.Empty;
            while (await events.MoveNextAsync())
            {
                switch (events.Current)
                {
                    case ServerEventResponseAudioTranscriptDone done:
                        transcript = done.Transcript;
                        break;
                    case ServerEventError error:
                        throw new InvalidOperationException($"The service reported {error.Error.Code}: {error.Error.Message}");
                    case ServerEventResponseDone:
                        return transcript;
                }
            }

            throw new InvalidOperationException("The session ended before the reply was done.");
        }
    }
}
