#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each from its seed corpus (CI: 20).
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]
# New inputs go to a scratch corpus, not the repository. A crash fails the run
# and its input is kept in BUILD_DIR/fuzz-crashes/<target>/; to make it a
# regression test, copy it to tests/fuzz/regressions/<target>/ (replayed by
# ctest as fuzz.replay.<target>), fix the bug, and commit both.
set -uo pipefail
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for target in extract html plain_text jsonl lexicon claims; do
  bin="$build/tests/fuzz/fuzz_$target"
  [ -x "$bin" ] || { echo "fuzz: $bin not built" >&2; status=1; continue; }
  scratch=$(mktemp -d)
  crashes="$build/fuzz-crashes/$target"
  mkdir -p "$crashes"
  seeds=("$here/corpus/$target")
  [ -d "$here/regressions/$target" ] && seeds+=("$here/regressions/$target")
  echo "fuzz: $target for ${seconds}s" >&2
  # -timeout: one input taking 10 s is a hang worth reporting (extraction must stay linear);
  # -rss_limit_mb: memory must stay bounded; -max_len: long enough for real articles.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$scratch" "${seeds[@]}" >"$build/fuzz-$target.log" 2>&1
  rc=$?
  tail -n 12 "$build/fuzz-$target.log" | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" | tail -3 >&2
  if [ $rc -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $rc); log: $build/fuzz-$target.log; inputs: $crashes" >&2
    grep -E "ERROR|check failed|SUMMARY|Test unit written" "$build/fuzz-$target.log" | head -5 >&2
    status=1
  fi
  rm -rf "$scratch"
done
exit $status
