#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs the independent DICOM peers when missing, builds,
# runs every test project (unit and interop alike) and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export TCP_NODELAY=1            # Debian's dcmtk leaves Nagle on (44 ms per C-STORE) unless told
export PATH="$PATH:/usr/sbin:/sbin"   # Orthanc installs to /usr/sbin
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
for tool in dcmdump:dcmtk storescp:dcmtk dciodvfy:dicom3tools Orthanc:orthanc; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null \
    || { echo "could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

if ! dotnet build AnonGateway.sln -c Release -warnaserror -nologo -v q; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

results=$(mktemp -d)
status=0
for proj in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build --nologo -v q \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"
[ "$failed" -gt 0 ] && status=1
[ "$passed" -eq 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
