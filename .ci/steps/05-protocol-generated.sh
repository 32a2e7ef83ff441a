#!/usr/bin/env bash
# The files eng/ProtocolGen derives from the [WireEvent] event classes (WireNames, ServerEventType/ClientEventType, both
# registries, the JSON context's entries, the event tables of docs/events.md) are committed; regenerating them must
# change nothing. On failure it names each stale file: run `dotnet run --project eng/ProtocolGen` and commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
timeout 120 dotnet run --project eng/ProtocolGen -c Release --no-build -- --check
