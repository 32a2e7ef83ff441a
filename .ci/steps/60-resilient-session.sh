#!/usr/bin/env bash
# Smoke run: the ResilientSession sample on its in-process emulator, through two dropped connections and a session
# expiry with Reconnection enabled. It exits 0 only when the last session still holds the conversation's first item.
set -euo pipefail
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 dotnet run --project samples/ResilientSession -c Release --no-build
