#!/usr/bin/env bash
# Fuzzes the generator with afl-fuzz through SharpFuzz for a bounded time per target, then prints what was found.
#
#   fuzz/run.sh [front-matter|term-linking|note-anchoring|all] [seconds per target, default 600]
#
# Installs what it needs (Debian's afl++, the sharpfuzz tool into fuzz/.tools), builds fuzz/Generator.Fuzz,
# instruments the generator and the parsers it hands input to, and runs the targets one after the other (one
# afl-fuzz process: the machine has two cores). Crashing and hanging inputs are copied to fuzz/findings/<target>/;
# replay one with `dotnet fuzz/out/build/Generator.Fuzz.dll <target> < file`. Exits 1 when anything was found.
# See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(front-matter term-linking note-anchoring image-header)
usage() { echo "usage: fuzz/run.sh [${all_targets[*]// /|}|all] [seconds per target]" >&2; exit 2; }

target=${1:-all}
seconds=${2:-600}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
case "$target" in
  all) targets=("${all_targets[@]}") ;;
  front-matter | term-linking | note-anchoring | image-header) targets=("$target") ;;
  *) usage ;;
esac

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "Installing afl++ (Debian package)..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq afl++ >/dev/null
fi

sharpfuzz_version=2.3.0
tools=fuzz/.tools
if ! dotnet tool list --tool-path "$tools" 2>/dev/null | grep -qi "sharpfuzz.commandline *$sharpfuzz_version"; then
  echo "Installing the sharpfuzz tool $sharpfuzz_version into $tools..."
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$tools" >/dev/null
fi

# Built, not published: publishing would make the generator, a Native AOT project, self-contained, and a
# self-contained executable cannot be referenced by the harness. A Release build holds every assembly afl runs.
build=fuzz/out/build
echo "Building fuzz/Generator.Fuzz into $build..."
rm -rf "$build"
dotnet build fuzz/Generator.Fuzz -c Release -o "$build" -nologo -v quiet

# The generator is where the bugs are looked for; YamlDotNet and Markdig are instrumented too so afl-fuzz sees
# which YAML and Markdown constructs are new to the parsers, and mutates towards them.
for assembly in generator.dll YamlDotNet.dll Markdig.dll; do
  echo "Instrumenting $assembly..."
  "$tools/sharpfuzz" "$build/$assembly" >/dev/null
done

# In a container afl-fuzz cannot tune the CPU governor or core dumps, and the target is run by the dotnet host,
# which carries no afl instrumentation of its own (the instrumented code is in the assemblies above).
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# The first run of a child process starts .NET and compiles the generator: give it time.
export AFL_FORKSRV_INIT_TMOUT=60000

# Longer than this is a hang: the replay tests give every input 10 s, and a section renders in milliseconds.
timeout_ms=5000
found=0
summary=()
for name in "${targets[@]}"; do
  out=fuzz/out/$name
  rm -rf "$out"
  echo "Fuzzing $name for $seconds s (log: $out.log)..."
  afl-fuzz -i "fuzz/corpus/$name" -o "$out" -x "fuzz/dictionaries/$name.dict" -t "$timeout_ms" -m none -V "$seconds" \
    -- dotnet "$build/Generator.Fuzz.dll" "$name" >"$out.log" 2>&1 || {
      echo "afl-fuzz stopped with an error; the end of $out.log:" >&2
      tail -n 20 "$out.log" >&2
      exit 1
    }

  stats=$out/default/fuzzer_stats
  stat() { sed -n "s/^$1 *: *//p" "$stats"; }
  findings=fuzz/findings/$name
  rm -rf "$findings"
  for kind in crashes hangs; do
    for input in "$out/default/$kind"/id:*; do
      [ -e "$input" ] || continue
      mkdir -p "$findings"
      cp "$input" "$findings/$kind-$(basename "$input" | cut -d, -f1 | tr -d :)"
    done
  done

  crashes=$(stat saved_crashes)
  hangs=$(stat saved_hangs)
  [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ] || found=1
  summary+=("$(printf '%-15s %6s s  %9s execs  %7s execs/s  %5s paths  %6s edges  %3s crashes  %3s hangs' \
    "$name" "$(stat run_time)" "$(stat execs_done)" "$(stat execs_per_sec)" "$(stat corpus_count)" \
    "$(stat edges_found)" "$crashes" "$hangs")")
done

echo
printf '%s\n' "${summary[@]}"
if [ "$found" -eq 1 ]; then
  echo "Crashing or hanging inputs were copied to fuzz/findings/; replay each with its target, fix the bug, and keep the input in tests/Generator.Tests/Fuzz/Regressions/<target>/."
fi
exit "$found"
