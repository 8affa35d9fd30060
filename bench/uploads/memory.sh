#!/usr/bin/env bash
# Client peak memory above idle while uploading a large file (default 4096 MiB).
# Usage: bench/uploads/memory.sh [MiB]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mib=${1:-4096}
make_file "$work/file.bin" "$mib"
start_server
out=$("$bench" client --endpoint "$base/v1/uploads/" --file "$work/file.bin")
echo "$out"
echo "client peak RSS above idle: $(echo "$out" | field peak_rss_above_idle_MiB) MiB (target < 64 MiB) for $mib MiB"
