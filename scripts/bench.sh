#!/bin/sh
# Reproduces the benchmark: release build, a deterministic corpus, the measurement table.
#   scripts/bench.sh                      # 1,000 / 10,000 / 20,000 articles (about 250 MB of corpus in $BENCH_DIR)
#   scripts/bench.sh --quick              # 200 articles, seconds after the build
#   BENCH_SIZES=1000,5000 scripts/bench.sh
# Profile (instruction counts, repeatable): BENCH_PROFILE=1 scripts/bench.sh --quick
set -eu
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/policy-news-bench}
SIZES=${BENCH_SIZES:-1000,10000,20000}
SEED=${BENCH_SEED:-1}

swift build -c release --product bench-corpus
swift build -c release --product bench
swift build -c release --product importer
BIN=$(swift build -c release --show-bin-path)

if [ "${1:-}" = "--quick" ]; then
    "$BIN/bench" --quick --scratch "$BENCH_DIR/quick"
    if [ "${BENCH_PROFILE:-}" = "1" ]; then
        # The quick corpus's 200 articles through the importer under callgrind, then the top functions.
        rm -f "$BENCH_DIR/profile.sqlite"*
        valgrind --tool=callgrind --callgrind-out-file="$BENCH_DIR/callgrind.out" \
            "$BIN/importer" "$BENCH_DIR/quick/quick-corpus" "$BENCH_DIR/profile.sqlite" || true
        callgrind_annotate --inclusive=yes "$BENCH_DIR/callgrind.out" | swift demangle --simplified | head -60
    fi
    exit 0
fi

LARGEST=$(echo "$SIZES" | tr ',' '\n' | sort -n | tail -1)
CORPUS="$BENCH_DIR/corpus-$SEED-$LARGEST"
if [ ! -f "$CORPUS/.manifest.tsv" ]; then
    "$BIN/bench-corpus" --articles "$LARGEST" --seed "$SEED" "$CORPUS"
fi
"$BIN/bench" --corpus "$CORPUS" --sizes "$SIZES" --scratch "$BENCH_DIR/run"
