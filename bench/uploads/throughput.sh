#!/usr/bin/env bash
# Throughput of one upload to our server on loopback against curl PUT of the same file to the
# same server (raw streaming endpoint: same HTTP engine, same disk, fsync at the end), side by
# side in one run. The three runs are interleaved REPS times and the medians compared, with the
# CPU seconds of client and server for each (they tell more than wall time on a busy machine).
# Usage: bench/uploads/throughput.sh [MiB, default 1024] [REPS, default 3]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mib=${1:-1024}
reps=${2:-3}
make_file "$work/file.bin" "$mib"
start_server
echo "file: $mib MiB, server $base, $(nproc) CPUs, $reps interleaved repetitions"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
expected=$(sha256sum "$work/file.bin" | cut -d' ' -f1)

ticks=$(getconf CLK_TCK)
server_cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$server_pid/stat"; }

# run NAME COMMAND...: appends "wall client_cpu server_cpu" to $work/NAME.
run() {
    local name=$1
    shift
    local before after timing
    before=$(server_cpu)
    timing=$( { /usr/bin/time -f "%e %U %S" "$@" > "$work/last.out"; } 2>&1 | tail -1)
    after=$(server_cpu)
    # Every run starts from the same state: the stored copies go (their page cache with them)
    # and the previous run's writeback is done before the next starts.
    rm -rf "$work/server/objects/uploads" "$work/server/raw.bin"
    sync
    echo "$timing" | awk -v b="$before" -v a="$after" '{ printf "%s %.2f %.2f\n", $1, $2 + $3, a - b }' >> "$work/$name"
}

for _ in $(seq 1 "$reps"); do
    run curl curl -sS -o /dev/null -T "$work/file.bin" -X PUT \
        -H "Content-Type: application/octet-stream" "$base/bench/raw"
    run plain "$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin" --no-checksum
    run checked "$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin"
    [[ "$(field sha256 < "$work/last.out")" == "$expected" ]] || echo "WARNING: sha256 differs"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { cut -d' ' -f"$2" "$work/$1" | median; }
curl_s=$(col curl 1)
printf '%-44s %8s %8s %8s %10s %8s\n' "run (medians)" "seconds" "cli CPU" "srv CPU" "MiB/s" "vs curl"
row() {
    local s
    s=$(col "$2" 1)
    printf '%-44s %8.2f %8.2f %8.2f %10.1f %8.2f\n' "$1" "$s" "$(col "$2" 2)" "$(col "$2" 3)" \
        "$(echo "$mib / $s" | bc -l)" "$(echo "$curl_s / $s" | bc -l)"
}
row "curl PUT (raw endpoint, baseline)" curl
row "tus client, checksums off" plain
row "tus client, CRC32C chunks + SHA-256 both ends" checked
echo "all runs (wall client-CPU server-CPU):"
for name in curl plain checked; do echo "  $name: $(tr '\n' ';' < "$work/$name")"; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "targets: >= 0.90 with checksums off, >= 0.75 with CRC32C + SHA-256"
