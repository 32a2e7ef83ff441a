#!/usr/bin/env bash
# Smoke-run samples/HostedAgent (Release build from .ci/run) against its in-process emulator: the worker service must
# exit 0, and the OpenTelemetry console exporters must have printed the VoiceLive spans (connect, response) and metrics.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="$(pwd)/artifacts/samples/hosted-agent.out"
mkdir -p "$(dirname "$out")"
set +e
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 dotnet run --project samples/HostedAgent -c Release --no-build > "$out" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ]; then
  echo "HostedAgent exited with ${status}; its output:" >&2
  tail -n 60 "$out" >&2
  exit 1
fi

missing=0
for expected in \
  'Activity.DisplayName: +connect gpt-realtime' \
  'Activity.DisplayName: +response gpt-realtime' \
  'gen_ai.usage.output_tokens: [0-9]+' \
  'Metric Name: gen_ai.client.token.usage' \
  'Metric Name: gen_ai.client.operation.duration' \
  'Metric Name: voicelive.response.time_to_first_audio' \
  'Metric Name: voicelive.connection.active' \
  'Assistant: .+'; do
  if ! grep -Eq "$expected" "$out"; then
    echo "HostedAgent output lacks /${expected}/" >&2
    missing=1
  fi
done
if [ "$missing" -ne 0 ]; then
  tail -n 60 "$out" >&2
  exit 1
fi
echo "HostedAgent: traces and metrics exported ($(grep -c 'Activity.DisplayName' "$out") spans, $(grep -c 'Metric Name' "$out") metrics)"
