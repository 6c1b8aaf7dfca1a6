#!/usr/bin/env bash
# Publishes the deployable anongw: precompiled (ReadyToRun) for linux-x64, framework-dependent (.NET 10 runtime needed).
# usage: deploy/publish.sh [OUTPUT_DIR]   (default /opt/anongw)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-/opt/anongw}"
dotnet publish "$here/src/AnonGateway" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v q "${@:2}"
echo "published to $out"
