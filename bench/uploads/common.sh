# Shared by the upload benchmarks: builds paths, starts the benchmark server, cleans up.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench="$root/build/bench/bench_upload"
[[ -x "$bench" ]] || { echo "build first: cmake --build build --target bench_upload" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/onestream-bench.XXXXXX")
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# make_file PATH MIB: incompressible test data.
make_file() { head -c "$(( $2 * 1024 * 1024 ))" /dev/urandom > "$1"; }

# start_server [extra args]: sets $base (http://127.0.0.1:PORT).
start_server() {
    mkdir -p "$work/server"
    "$bench" server --data "$work/server" "$@" > "$work/server.out" 2> "$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 100); do
        if grep -q "listening on" "$work/server.out" 2>/dev/null; then break; fi
        sleep 0.1
    done
    base=$(sed -n 's/^listening on //p' "$work/server.out")
    [[ -n "$base" ]] || { cat "$work/server.err" >&2; exit 1; }
}

field() { sed -n "s/^\(.* \)\{0,1\}$1 \([^ ]*\).*/\2/p"; }
