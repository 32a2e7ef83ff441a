// HostedAgent: a voice agent as a .NET worker service. The VoiceLive client comes from dependency injection
// (AddAzureClients + AddVoiceLiveClient bound to the "VoiceLive" configuration section), logs through the host's
// logging, and its traces and metrics (ActivitySource and Meter "VoiceLive") go to the OpenTelemetry console exporters.
// Without AZURE_VOICELIVE_ENDPOINT the in-process emulator stands in for the service, so it runs offline.
using System;
using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using VoiceLive;
using VoiceLive.Emulator;
using VoiceLive.Samples.HostedAgent;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);

string? endpoint = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_ENDPOINT");
await using VoiceLiveEmulator? emulator = string.IsNullOrEmpty(endpoint)
    ? await VoiceLiveEmulator.StartAsync(new VoiceLiveEmulatorOptions { Port = 0, AudioPacing = EmulatorAudioPacing.AsFastAsPossible })
    : null;
if (emulator is not null)
{
    builder.Configuration["VoiceLive:Endpoint"] = emulator.Endpoint.ToString();
    builder.Configuration["VoiceLive:Key"] = "emulator";
}
else
{
    // An appsettings.json "VoiceLive" section works the same way; the environment variables keep the samples alike.
    builder.Configuration["VoiceLive:Endpoint"] = endpoint;
    builder.Configuration["VoiceLive:Key"] = Environment.GetEnvironmentVariable("AZURE_VOICELIVE_API_KEY");
}

builder.Services.AddAzureClients(clients =>
{
    clients.AddVoiceLiveClient(builder.Configuration.GetSection("VoiceLive"));
    clients.UseCredential(new DefaultAzureCredential()); // used only when the section has no Key
});

builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("HostedAgent"))
    .WithTracing(tracing => tracing
        .AddSource("VoiceLive")
        .AddSource(AgentWorker.ActivitySourceName)
        .AddConsoleExporter())
    .WithMetrics(metrics => metrics
        .AddMeter("VoiceLive")
        .AddConsoleExporter());

builder.Services.AddHostedService<AgentWorker>();

using IHost host = builder.Build();
await host.RunAsync();
return AgentWorker.ExitCode;
