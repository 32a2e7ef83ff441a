#!/usr/bin/env bash
# The samples write their audio under out/ of the current directory, creating it first: run the Quickstart from an
# empty folder (no out/ there) and check the WAV landed in out/ and nothing was written into the repository root.
set -euo pipefail
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
before="$(find "$repo" -maxdepth 1 -name '*.wav' | wc -l)"
(cd "$work" && env -u AZURE_VOICELIVE_ENDPOINT timeout 180 \
  dotnet run --project "$repo/samples/Quickstart" -c "${SAMPLE_CONFIGURATION:-Release}" --no-build > "$work/quickstart.log")
wav="$work/out/quickstart-reply.wav"
if [ ! -s "$wav" ] || [ "$(wc -c < "$wav")" -le 44 ]; then
  echo "Quickstart did not write its reply to out/quickstart-reply.wav under the current directory" >&2
  cat "$work/quickstart.log" >&2
  exit 1
fi
after="$(find "$repo" -maxdepth 1 -name '*.wav' | wc -l)"
if [ "$after" -ne "$before" ]; then
  echo "Quickstart wrote a WAV into the repository root" >&2
  exit 1
fi
echo "Quickstart wrote out/quickstart-reply.wav ($(wc -c < "$wav") bytes) under the current directory"
