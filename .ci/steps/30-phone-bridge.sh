#!/usr/bin/env bash
# Smoke-run the PhoneBridge sample (Release build from .ci/run) in both audio modes: it starts the in-process emulator
# and the bridge on 127.0.0.1, runs one scripted Twilio Media Streams call with a barge-in, and exits 0 only when the
# caller heard the right reply and received `clear` after talking over the next one. The endpoint variable is removed
# so that CI never reaches a real service. Needs nothing beyond the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
for mode in "" "--pcm16"; do
  echo "phone bridge self-test ${mode:-(mu-law pass-through)}"
  env -u AZURE_VOICELIVE_ENDPOINT timeout 150 \
    dotnet run --project samples/PhoneBridge -c Release --no-build -- --self-test ${mode}
done
