#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian machine that has only the .NET SDK:
# installs what the tests drive (Debian's Chromium, the W3C Nu HTML Checker; clang and zlib for the Native AOT
# publish), then runs the test project.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package) for the browser tests..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if ! command -v clang >/dev/null 2>&1 || [ ! -f /usr/include/zlib.h ]; then
  echo "Installing clang and zlib (Debian packages) for the Native AOT publish the tests compare with the JIT build..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq clang zlib1g-dev >/dev/null
fi

if ! command -v java >/dev/null 2>&1; then
  echo "Installing a Java runtime for the Nu HTML Checker..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq default-jre-headless >/dev/null
fi

# The W3C Nu HTML Checker and Lighthouse, from npm, at the versions tests/package-lock.json locks (with every
# dependency); installed into tests/.tools/ by `npm ci` again whenever the lock file changes.
vnu_jar=tests/.tools/node_modules/vnu-jar/build/dist/vnu.jar
lighthouse=tests/.tools/node_modules/lighthouse/cli/index.js
if [ ! -f "$vnu_jar" ] || [ ! -f "$lighthouse" ] || ! cmp -s tests/package-lock.json tests/.tools/package-lock.json; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js and npm for the checker packages..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
  fi
  echo "Installing the Nu HTML Checker and Lighthouse from npm (tests/package-lock.json)..."
  mkdir -p tests/.tools
  cp tests/package.json tests/package-lock.json tests/.tools/
  npm ci --prefix tests/.tools --no-audit --no-fund --loglevel=error >/dev/null
fi

export CHROMIUM_PATH=/usr/bin/chromium
export VNU_JAR="$PWD/$vnu_jar"
export LIGHTHOUSE="$PWD/$lighthouse"

echo "Restoring every project from its lock file (packages.lock.json)..."
for project in Generator.csproj tests/Generator.Tests/Generator.Tests.csproj bench/Generator.Benchmarks/Generator.Benchmarks.csproj \
               bench/Generator.Corpus/Generator.Corpus.csproj fuzz/Generator.Fuzz/Generator.Fuzz.csproj; do
  dotnet restore "$project" --locked-mode -nologo -v quiet
done

echo "Checking code formatting (dotnet format)..."
dotnet format Generator.csproj --verify-no-changes
dotnet format tests/Generator.Tests/Generator.Tests.csproj --verify-no-changes
dotnet format bench/Generator.Benchmarks/Generator.Benchmarks.csproj --verify-no-changes
dotnet format bench/Generator.Corpus/Generator.Corpus.csproj --verify-no-changes
dotnet format fuzz/Generator.Fuzz/Generator.Fuzz.csproj --verify-no-changes

echo "Building the benchmarks (they are run by hand; see docs/benchmarks.md)..."
dotnet build bench/Generator.Benchmarks -c Release -nologo -v quiet

results=test-output/results
rm -rf "$results"
status=0
dotnet test tests/Generator.Tests/Generator.Tests.csproj --logger "console;verbosity=normal" \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?

# One closing line in the plain 'N passed, N failed' form, read from the test results.
counters=$(grep -o '<Counters [^>]*>' "$results/results.trx" 2>/dev/null || true)
if [ -n "$counters" ]; then
  passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  echo "tests: $passed passed, $failed failed"
fi
exit "$status"
