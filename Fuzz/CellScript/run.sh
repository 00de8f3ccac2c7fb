#!/bin/sh
# Builds and runs the CellScript libFuzzer targets (outside the SwiftPM build).
# Usage: Fuzz/CellScript/run.sh parser|interpreter [seconds] [extra libFuzzer flags]
# Crashes are written to Fuzz/CellScript/artifacts/; the seed corpus is corpus/ (committed),
# new inputs go to work/<target>/ (not committed). SKIP_BUILD=1 reuses the last binary. Extra
# corpus folders may follow the flags (e.g. ../shared/swift-corpus/programs: read, never copied).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${1:-parser}
seconds=${2:-600}
shift $(( $# > 2 ? 2 : $# ))
case "$target" in
  parser) entry=FuzzParser.swift ;;
  interpreter) entry=FuzzInterpreter.swift ;;
  *) echo "usage: $0 parser|interpreter [seconds]" >&2; exit 2 ;;
esac
mkdir -p "$here/build" "$here/artifacts" "$here/work/$target"
binary="$here/build/fuzz-$target"
sources="$root/Sources/1-foundations"
if [ -z "${SKIP_BUILD:-}" ]; then
  # CellScript imports PortableMath: build that first as its own static module.
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name PortableMath -emit-module \
    -emit-module-path "$here/build/PortableMath.swiftmodule" -emit-library -static \
    -o "$here/build/libPortableMath.a" $(find "$sources/PortableMath" -name '*.swift' | sort)
  # ... and ResourceBudget (the memory budget), over the C heap statistics.
  mkdir -p "$here/build/CHeapStatistics"
  printf 'module CHeapStatistics {\n  header "%s"\n  export *\n}\n' \
    "$sources/CHeapStatistics/include/CHeapStatistics.h" > "$here/build/CHeapStatistics/module.modulemap"
  clang -O2 -fsanitize=address -c "$sources/CHeapStatistics/heap_statistics.c" -I "$sources/CHeapStatistics/include" \
    -o "$here/build/heap_statistics.o"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name ResourceBudget -emit-module \
    -emit-module-path "$here/build/ResourceBudget.swiftmodule" -emit-library -static -I "$here/build/CHeapStatistics" \
    -o "$here/build/libResourceBudget.a" $(find "$sources/ResourceBudget" -name '*.swift' | sort)
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CellScriptFuzz -I "$here/build" -I "$here/build/CHeapStatistics" \
    $(find "$sources/CellScript" -name '*.swift' | sort) "$here/$entry" "$here/build/libPortableMath.a" \
    "$here/build/libResourceBudget.a" "$here/build/heap_statistics.o" \
    -o "$binary" 2>&1 | grep -v "Cannot export local symbol" || true
fi
export SWIFT_BACKTRACE=enable=no
# Leak checks are on: a finished call breaks the cycle between its frame and the closures
# stored in its own slots. Set ASAN_OPTIONS=detect_leaks=0 to turn them off.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
exec "$binary" "$here/work/$target" "$here/corpus" -max_total_time="$seconds" -max_len=2048 \
  -rss_limit_mb=3072 -timeout=20 -artifact_prefix="$here/artifacts/" -print_final_stats=1 "$@"
