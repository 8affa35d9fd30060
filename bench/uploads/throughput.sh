#!/usr/bin/env bash
# Throughput of one upload to our server on loopback against curl PUT of the same file to the
# same server (raw streaming endpoint: same HTTP engine, same disk, fsync at the end), side by
# side in one run. Usage: bench/uploads/throughput.sh [MiB, default 1024]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mib=${1:-1024}
make_file "$work/file.bin" "$mib"
start_server
echo "file: $mib MiB, server $base, $(nproc) CPUs"

curl_s=$( { /usr/bin/time -f "%e" curl -sS -o /dev/null -T "$work/file.bin" -X PUT \
    -H "Content-Type: application/octet-stream" "$base/bench/raw"; } 2>&1 | tail -1)
plain=$("$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin" --no-checksum)
checked=$("$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin")
plain_s=$(echo "$plain" | field seconds)
checked_s=$(echo "$checked" | field seconds)
expected=$(sha256sum "$work/file.bin" | cut -d' ' -f1)
[[ "$(echo "$checked" | field sha256)" == "$expected" ]] || echo "WARNING: sha256 differs"

printf '%-44s %8s %10s %8s\n' "run" "seconds" "MiB/s" "vs curl"
row() { printf '%-44s %8.2f %10.1f %8.2f\n' "$1" "$2" "$(echo "$mib / $2" | bc -l)" "$(echo "$curl_s / $2" | bc -l)"; }
row "curl PUT (raw endpoint, baseline)" "$curl_s"
row "tus client, checksums off" "$plain_s"
row "tus client, CRC32C chunks + SHA-256 both ends" "$checked_s"
echo "targets: >= 0.90 with checksums off, >= 0.75 with CRC32C + SHA-256"
