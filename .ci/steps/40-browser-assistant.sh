#!/usr/bin/env bash
# Smoke-run the BrowserAssistant sample as a user starts it (Release build from .ci/run, emulator mode): it must
# serve its page and config from next to its binaries, and refuse a relay upgrade from a foreign Origin.
# The conversation itself is covered by tests/VoiceLive.BrowserTests (headless Chromium) in the test run.
set -euo pipefail
command -v curl >/dev/null 2>&1 || { apt-get update && apt-get install -y curl; }

log="$(mktemp)"
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 \
  dotnet run --project samples/BrowserAssistant -c Release --no-build -- --urls http://127.0.0.1:0 >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'Now listening on: http://[0-9.:]*' "$log" | head -n1 | sed 's/Now listening on: //' || true)"
  [ -n "$url" ] && break
  kill -0 "$app" 2>/dev/null || { cat "$log" >&2; echo "BrowserAssistant exited before listening" >&2; exit 1; }
  sleep 1
done
[ -n "$url" ] || { cat "$log" >&2; echo "BrowserAssistant did not report its address" >&2; exit 1; }

curl -fsS --max-time 10 "$url/" | grep -q '<script type="module" src="js/app.js">'
curl -fsS --max-time 10 "$url/js/worklets/capture-processor.js" | grep -q "registerProcessor('pcm16-capture'"
curl -fsS --max-time 10 "$url/api/config" | grep -q '"mode":"emulator"'
status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
  -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Origin: http://evil.example' "$url/relay")"
[ "$status" = "403" ] || { echo "relay upgrade from a foreign Origin answered $status, expected 403" >&2; exit 1; }
echo "BrowserAssistant smoke: page, config and Origin check ok at $url"
