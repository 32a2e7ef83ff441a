#!/usr/bin/env bash
# Smoke run: the FunctionCalling sample against its in-process emulator, with the library's tool runner doing the
# function-calling loop. It exits 0 only when the model called both tools and answered with their outputs.
set -euo pipefail
env -u AZURE_VOICELIVE_ENDPOINT timeout 120 dotnet run --project samples/FunctionCalling -c Release --no-build
