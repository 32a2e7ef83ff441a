#!/usr/bin/env bash
# Smoke run: the VoiceAssistant sample (real-time pacing, one barge-in through Response.InterruptAsync) against its
# in-process emulator. Any server error event fails it, so a barge-in that cancels what the service already
# cancelled (response_cancel_not_active) fails CI.
set -euo pipefail
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$out"
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 dotnet run --project "$OLDPWD/samples/VoiceAssistant" -c Release --no-build
