#!/usr/bin/env bash
# What a user does with the packages: pack the solution (Release build from .ci/run) into artifacts/packages, create a
# brand-new console app from the `console` template in a temp folder, reference the packages from that local feed (not
# the projects), hold a conversation with the packaged emulator (VoiceLiveEmulator.StartAsync), then install the
# voicelive-emulator tool from the feed, run it on a free port, talk to it from the same app and stop it.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
feed="$repo/artifacts/packages"
work="$(mktemp -d)"
tool_pid=""
cleanup() {
  if [ -n "$tool_pid" ] && kill -0 "$tool_pid" 2>/dev/null; then kill "$tool_pid" 2>/dev/null || true; fi
  rm -rf "$work"
  # The unique CI versions extracted into the NuGet cache are of no use to anyone after this run.
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/voicelive*/"${version:-none}"
  rmdir "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/voicelive* 2>/dev/null || true
}
trap cleanup EXIT

# A version of its own per run, so a package cached by an earlier run can never stand in for the one packed now.
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S)"
rm -rf "$feed"
timeout 300 dotnet pack VoiceLive.sln -c "${VOICELIVE_PACK_CONFIGURATION:-Release}" --no-build -p:VersionSuffix="${version#0.1.0-}" -v:q -nologo
ls "$feed"
for id in VoiceLive VoiceLive.Emulator VoiceLive.Emulator.Tool VoiceLive.Extensions.Azure VoiceLive.Extensions.AI; do
  nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] || { echo "missing package $nupkg" >&2; exit 1; }
  [ -f "$feed/$id.$version.snupkg" ] || { echo "missing symbols package for $id" >&2; exit 1; }
  # Every package carries its README, icon, repository and release notes.
  python3 - "$nupkg" <<'PY'
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8")
for need in ("README.md", "icon.png"):
    assert need in names, f"{sys.argv[1]}: no {need}"
for tag in ("<readme>", "<icon>", "<repository ", "<projectUrl>", "<releaseNotes>"):
    assert tag in nuspec, f"{sys.argv[1]}: nuspec lacks {tag}"
PY
done

# The user's machine: its NuGet sources plus the local feed (no <clear/>, so dependencies restore as usual).
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="voicelive-local" value="$feed" />
  </packageSources>
</configuration>
XML

cd "$work"
timeout 120 dotnet new console -o app --no-update-check >/dev/null
cd app
for id in VoiceLive VoiceLive.Emulator VoiceLive.Extensions.Azure VoiceLive.Extensions.AI; do
  dotnet add package "$id" --version "$version" --no-restore >/dev/null
done
dotnet add package Microsoft.Extensions.DependencyInjection --version 10.0.13 --no-restore >/dev/null
cat > Program.cs <<'CS'
using Azure;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using VoiceLive;
using VoiceLive.Emulator;

// With an endpoint argument the app talks to that server (the tool); without, to an emulator it starts in-process.
Uri? external = args.Length > 0 ? new Uri(args[0]) : null;
await using VoiceLiveEmulator? emulator = external is null
    ? await VoiceLiveEmulator.StartAsync(new VoiceLiveEmulatorOptions { AudioPacing = EmulatorAudioPacing.AsFastAsPossible })
    : null;
Uri endpoint = external ?? emulator!.Endpoint;

var services = new ServiceCollection();
services.AddAzureClients(clients => clients.AddVoiceLiveClient(endpoint, new AzureKeyCredential("any-key")));
await using ServiceProvider provider = services.BuildServiceProvider();
VoiceLiveClient client = provider.GetRequiredService<VoiceLiveClient>();

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
await using VoiceLiveConnection connection = await client.ConnectAsync("gpt-realtime", timeout.Token);
await connection.Conversation.Item.CreateAsync(new UserMessageItem("Hello from a package"), cancellationToken: timeout.Token);
await connection.Response.CreateAsync(cancellationToken: timeout.Token);
int audioBytes = 0;
string transcript = "";
await foreach (ServerEvent evt in connection.WithCancellation(timeout.Token))
{
    if (evt is ServerEventResponseAudioDelta audio) audioBytes += audio.Delta.Length;
    if (evt is ServerEventResponseAudioTranscriptDone done) transcript = done.Transcript;
    if (evt is ServerEventResponseDone) break;
}

Console.WriteLine($"{(external is null ? "in-process emulator" : "voicelive-emulator tool")}: \"{transcript}\" with {audioBytes} bytes of audio");
return audioBytes > 0 && transcript.Length > 0 ? 0 : 1;
CS
# NuGet finds $work/nuget.config above the app, as it would a repository's.
timeout 300 dotnet build -c Release -v:q -nologo
# The app must have restored the packages, not projects.
grep -q "\"VoiceLive/$version\"" obj/project.assets.json || { echo "the app did not restore VoiceLive $version from the feed" >&2; exit 1; }
timeout 60 dotnet run -c Release --no-build

# The tool, installed from the feed into a private folder, on a free port.
timeout 120 dotnet tool install VoiceLive.Emulator.Tool --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
"$work/tools/voicelive-emulator" --help | grep -q -- "--pacing" || { echo "voicelive-emulator --help lacks the options" >&2; exit 1; }
"$work/tools/voicelive-emulator" --port 0 --pacing fast > "$work/tool.out" 2>&1 &
tool_pid=$!
endpoint=""
for _ in $(seq 1 300); do
  endpoint="$(grep -Eo 'listening on http://127\.0\.0\.1:[0-9]+/' "$work/tool.out" | sed 's/listening on //' || true)"
  [ -n "$endpoint" ] && break
  kill -0 "$tool_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$endpoint" ] || { echo "voicelive-emulator did not report its endpoint:" >&2; cat "$work/tool.out" >&2; exit 1; }
timeout 60 dotnet run -c Release --no-build -- "$endpoint"
kill -TERM "$tool_pid"
wait "$tool_pid" || { echo "voicelive-emulator did not stop cleanly" >&2; exit 1; }
tool_pid=""
grep -q "Stopping." "$work/tool.out" || { echo "voicelive-emulator did not report stopping" >&2; exit 1; }
echo "packages: ${version} consumed from the local feed; emulator library and voicelive-emulator tool work"
