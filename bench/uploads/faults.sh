#!/usr/bin/env bash
# The kill -9 fault run: N uploads (default 50) of a file (default 200 MiB), each client killed
# with SIGKILL at a random moment and resumed from its persistent queue until it finishes.
# Counts completed uploads, bytes the server received twice, kills, and hash mismatches.
# Usage: bench/uploads/faults.sh [uploads] [MiB] [chunk bytes, or "auto" for the engine's
# adaptive chunk size]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs=${1:-50}
mib=${2:-200}
chunk=${3:-8388608}
chunk_args=(--chunk "$chunk")
[[ "$chunk" == auto ]] && chunk_args=()
make_file "$work/file.bin" "$mib"
expected=$(sha256sum "$work/file.bin" | cut -d' ' -f1)
size=$(stat -c %s "$work/file.bin")
start_server
completed=0 mismatches=0 kills=0
before=$(curl -s "$base/bench/stats" | sed 's/.*"bytes_written":\([0-9]*\).*/\1/')
for i in $(seq 1 "$runs"); do
    queue="$work/queue-$i.db"
    # First attempt: killed after a random 0.05-1.5 s.
    "$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin" --queue "$queue" \
        "${chunk_args[@]}" > "$work/run.out" 2>/dev/null &
    pid=$!
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.05 + (r % 146) / 100 }')"
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
    wait "$pid" 2>/dev/null || true
    # Resume until done.
    for _ in $(seq 1 20); do
        if "$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin" \
            --queue "$queue" "${chunk_args[@]}" > "$work/run.out" 2>/dev/null; then break; fi
    done
    if grep -q "result done\|already-done" "$work/run.out"; then
        completed=$((completed + 1))
        got=$(field sha256 < "$work/run.out")
        if [[ -n "$got" && "$got" != "$expected" ]]; then mismatches=$((mismatches + 1)); fi
    fi
done
after=$(curl -s "$base/bench/stats" | sed 's/.*"bytes_written":\([0-9]*\).*/\1/')
# Every finished object is also checked on the server side against the file's hash.
server_bad=0
while IFS= read -r object; do
    [[ "$(sha256sum "$object" | cut -d' ' -f1)" == "$expected" ]] || server_bad=$((server_bad + 1))
done < <(find "$work/server/objects/uploads" -type f)
resent=$(( after - before - completed * size ))
echo "uploads: $runs x $mib MiB, chunk $chunk bytes"
echo "completed: $completed / $runs   kills: $kills   client sha256 mismatches: $mismatches   server objects not matching: $server_bad"
echo "bytes received twice: $resent total, $(( kills > 0 ? resent / kills : 0 )) per kill (chunk: $chunk)"
