using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using VoiceLive.ProtocolGen;

// Regenerates every file derived from the [WireEvent] event classes, or with --check reports the ones that are out of
// date and exits 1. Regenerating also updates PublicAPI.Unshipped.txt (eng/update-public-api.sh) when a file changed,
// unless --no-public-api is given.
bool check = args.Contains("--check");
bool publicApi = !args.Contains("--no-public-api");
string? unknown = args.FirstOrDefault(a => a is not "--check" and not "--no-public-api");
if (unknown is not null)
{
    Console.Error.WriteLine($"unknown argument '{unknown}'. Usage: dotnet run --project eng/ProtocolGen [-- --check | --no-public-api]");
    return 2;
}

string root = FindRoot();
var errors = new List<string>();
List<EventInfo> events = EventReader.Read(root, errors);
var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal)
{
    ["src/VoiceLive/Protocol/WireNames.cs"] = CSharpWriter.WireNames(events),
    ["src/VoiceLive/Protocol/ServerEventType.cs"] = CSharpWriter.EventTypeConstants(events, server: true),
    ["src/VoiceLive/Protocol/ClientEventType.cs"] = CSharpWriter.EventTypeConstants(events, server: false),
    ["src/VoiceLive/Protocol/Json/ServerEventRegistry.Types.cs"] = CSharpWriter.Registry(events, server: true),
    ["src/VoiceLive/Protocol/Json/ClientEventRegistry.Types.cs"] = CSharpWriter.Registry(events, server: false),
    ["src/VoiceLive/Protocol/Json/VoiceLiveJsonContext.Events.cs"] = CSharpWriter.JsonContext(events),
};
outputs[DocsWriter.File] = DocsWriter.Fill(Read(DocsWriter.File), events, errors);

if (errors.Count > 0)
{
    foreach (string error in errors)
    {
        Console.Error.WriteLine("error: " + error);
    }

    return 1;
}

var stale = outputs.Where(o => !File.Exists(Path.Combine(root, o.Key)) || Read(o.Key) != o.Value).Select(o => o.Key).ToList();
if (check)
{
    foreach (string path in stale)
    {
        Console.Error.WriteLine($"error: {path} is not what eng/ProtocolGen writes from the event classes; run `dotnet run --project eng/ProtocolGen` and commit the result");
    }

    if (stale.Count > 0)
    {
        return 1;
    }

    Console.WriteLine($"eng/ProtocolGen: {outputs.Count} generated files are up to date ({events.Count} event classes)");
    return 0;
}

foreach (string path in stale)
{
    File.WriteAllText(Path.Combine(root, path), outputs[path], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine("wrote " + path);
}

Console.WriteLine($"eng/ProtocolGen: {events.Count} event classes, {stale.Count} of {outputs.Count} generated files changed");
if (stale.Count > 0 && publicApi)
{
    // A new or renamed event changes the public surface (its class, its ServerEventType/ClientEventType constant).
    Console.WriteLine("running eng/update-public-api.sh (review the PublicAPI.Unshipped.txt diff)");
    using Process script = Process.Start(new ProcessStartInfo("bash", Path.Combine(root, "eng", "update-public-api.sh")) { WorkingDirectory = root })!;
    script.WaitForExit();
    return script.ExitCode;
}

return 0;

string Read(string relative) => File.ReadAllText(Path.Combine(root, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

static string FindRoot()
{
    // From the working directory (dotnet run keeps the caller's), else from the program's own folder.
    foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (DirectoryInfo? dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("eng/ProtocolGen: run it inside the repository (no VoiceLive.sln above the working directory)");
}
