#!/usr/bin/env bash
# Smoke-run the SipAgent sample (Release build from .ci/run): it starts the in-process emulator, registers a webhook on a
# loopback listener, has the emulator ring twice, answers both calls, talks, transfers the first with REFER and hangs
# up the second, verifying every webhook signature; it exits 0 only when both calls ended that way. The endpoint
# variable is removed so that CI never reaches a real service. Needs nothing beyond the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 \
  dotnet run --project samples/SipAgent -c Release --no-build
