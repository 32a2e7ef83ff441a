#!/usr/bin/env bash
# Smoke-runs samples/AgentWithExtensionsAI (the Release build .ci/run made) against its in-process emulator: the
# sample drives two turns through Microsoft.Extensions.AI's middleware over the Voice Live provider and exits non-zero
# unless the tools were invoked as expected, the follow-up answers streamed and OpenTelemetry spans were emitted.
# AZURE_VOICELIVE_ENDPOINT is removed so that CI never reaches a real service. Needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."

env -u AZURE_VOICELIVE_ENDPOINT timeout 180 \
  dotnet run --project samples/AgentWithExtensionsAI -c Release --no-build
