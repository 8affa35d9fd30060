#!/usr/bin/env bash
# Media engine vs the ffmpeg CLI, side by side in one run, same settings (issue 4, "Measure").
#   1. Conformance encode of a 1080p30 clip: `onestream encode` vs `ffmpeg` (target <= 1.05x).
#   2. Ladder (4 renditions, HLS/CMAF): `onestream encode --preset ladder` vs ffmpeg's best
#      single-process command (split=4 + scale) (target <= 1.0x) and vs four sequential ffmpeg
#      runs (target: ours at least 1.8x faster).
# Each command is printed exactly, with wall time and peak memory (max RSS, /usr/bin/time).
# Every timing is the median of RUNS interleaved runs (default 3; the best is printed too); one
# untimed onestream run first fills the encoder-availability cache, as on a user's machine after
# the first job.
#
# Usage: bench/media_bench.sh [build-dir]   (env: BENCH_SECONDS=10 RUNS=3 SPEED=veryfast)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
onestream=$build/bin/onestream
seconds=${BENCH_SECONDS:-10}
runs=${RUNS:-3}
speed=${SPEED:-veryfast}
work=$(mktemp -d /tmp/onestream-media-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

[[ -x $onestream ]] || { echo "build first: $onestream not found" >&2; exit 1; }
src=$work/source-1080p30.mp4
echo "# source: ${seconds}s 1920x1080 30 fps testsrc2 + 48 kHz tone (generated)"
ffmpeg -v error -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$seconds" \
    -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=$seconds" \
    -c:v libx264 -preset ultrafast -crf 18 -c:a aac "$src"

# Each command is stored in an array cmd_<name>. compare NAME... runs the named commands in
# rounds (A B C, A B C, ...) so that a change in machine load hits all of them alike, and keeps
# for each the median wall and CPU time of $runs runs (and the best wall time), with the largest
# peak memory (max RSS).
declare -A wall rss cpu best walls cpus
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END{printf "%.2f", NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
run_once() {
    local name=$1; shift
    rm -rf "$work/out" && mkdir -p "$work/out"
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "FAILED: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    local seconds_taken kib user system
    read -r seconds_taken kib user system <"$work/time"
    walls[$name]+=" $seconds_taken"
    cpus[$name]+=" $(awk "BEGIN{printf \"%.2f\", $user + $system}")"
    if [[ -z ${rss[$name]:-} ]] || ((kib / 1024 > rss[$name])); then rss[$name]=$((kib / 1024)); fi
}
compare() {
    local name
    for ((round = 0; round < runs; round++)); do
        for name in "$@"; do
            local -n command="cmd_${name//-/_}"
            run_once "$name" "${command[@]}"
        done
    done
    for name in "$@"; do
        local -n command="cmd_${name//-/_}"
        wall[$name]=$(median <<<"${walls[$name]}")
        cpu[$name]=$(median <<<"${cpus[$name]}")
        best[$name]=$(tr ' ' '\n' <<<"${walls[$name]}" | grep -v '^$' | sort -g | head -1)
        printf '%-22s %7.2f s wall (median; best %.2f; all:%s)  %7.2f s cpu  %5d MiB  $ %s\n' \
            "$name" "${wall[$name]}" "${best[$name]}" "${walls[$name]}" "${cpu[$name]}" \
            "${rss[$name]}" "${command[*]}"
    done
}
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

x264="cabac=1:8x8dct=1:b-adapt=0:scenecut=0:open-gop=0:repeat-headers=1"
echo
echo "## 1. Conformance encode (H.264 High, CRF 21, GOP 15, 2 B-frames, AAC-LC 48 kHz, faststart)"
cmd_onestream=("$onestream" encode "$src" --out "$work/out/ours.mp4" --speed "$speed" --quiet)
cmd_ffmpeg=(ffmpeg -v error -y -i "$src" -map 0:v -map 0:a -c:v libx264 -preset "$speed" \
    -profile:v high -crf 21 -g 15 -keyint_min 15 -bf 2 -flags +cgop -forced-idr 1 \
    -x264-params "$x264" -pix_fmt yuv420p -c:a aac -b:a 160k -ar 48000 -ac 2 \
    -movflags +faststart -use_editlist 0 "$work/out/ffmpeg.mp4")
"${cmd_onestream[@]}" >/dev/null 2>&1 # untimed: fills the encoder-availability cache
compare onestream ffmpeg
echo "ratio onestream/ffmpeg wall: $(ratio "${wall[onestream]}" "${wall[ffmpeg]}")  (target <= 1.05);" \
    "cpu: $(ratio "${cpu[onestream]}" "${cpu[ffmpeg]}")"

echo
echo "## 2. Ladder 1080p/720p/480p/360p at 5000/3000/1500/800 kb/s, HLS fMP4, 2 s segments"
cmd_onestream_ladder=("$onestream" encode "$src" --preset ladder --out "$work/out/ours"
    --speed "$speed" --quiet --no-poster)
rungs=("1920:1080:5000" "1280:720:3000" "854:480:1500" "640:360:800")
filter="[0:v]split=4[s0][s1][s2][s3]"
maps=()
for i in 0 1 2 3; do
    IFS=: read -r w h kbps <<<"${rungs[$i]}"
    filter+=";[s$i]scale=$w:$h,format=yuv420p[v$i]"
    maps+=(-map "[v$i]" -map 0:a "-b:v:$i" "${kbps}k" "-maxrate:v:$i" "$((kbps * 11 / 10))k"
        "-bufsize:v:$i" "$((kbps * 2))k")
done
common=(-c:v libx264 -preset "$speed" -profile:v high -g 15 -keyint_min 15 -bf 2 -flags +cgop
    -forced-idr 1 -x264-params "$x264" -c:a aac -b:a 160k -ar 48000 -ac 2)
hls=(-f hls -hls_time 2 -hls_playlist_type vod -hls_segment_type fmp4 -hls_flags independent_segments)
cmd_ffmpeg_split4=(ffmpeg -v error -y -i "$src" -filter_complex "$filter" "${maps[@]}"
    "${common[@]}" "${hls[@]}" -var_stream_map "v:0,a:0 v:1,a:1 v:2,a:2 v:3,a:3"
    -master_pl_name master.m3u8 "$work/out/%v/stream.m3u8")
# Four separate ffmpeg runs, one rendition each, written to a script so that the exact
# commands can be printed and rerun.
{
    echo "set -e"
    for rung in "${rungs[@]}"; do
        IFS=: read -r w h kbps <<<"$rung"
        printf 'mkdir -p %q\n' "$work/out/seq$h"
        printf '%q ' ffmpeg -v error -y -i "$src" -vf "scale=$w:$h,format=yuv420p" -b:v "${kbps}k" \
            -maxrate "$((kbps * 11 / 10))k" -bufsize "$((kbps * 2))k" "${common[@]}" "${hls[@]}" \
            "$work/out/seq$h/stream.m3u8"
        echo
    done
} >"$work/sequential.sh"
cmd_ffmpeg_4_sequential=(bash "$work/sequential.sh")
"${cmd_onestream_ladder[@]}" >/dev/null 2>&1 # untimed: availability cache at the ladder's settings
compare onestream-ladder ffmpeg-split4 ffmpeg-4-sequential
sed 's/^/    /' "$work/sequential.sh"
echo "ratio onestream-ladder/ffmpeg-split4 wall: $(ratio "${wall[onestream-ladder]}" "${wall[ffmpeg-split4]}")  (target <= 1.0);" \
    "cpu: $(ratio "${cpu[onestream-ladder]}" "${cpu[ffmpeg-split4]}")"
echo "speed-up onestream-ladder vs 4 sequential: $(ratio "${wall[ffmpeg-4-sequential]}" "${wall[onestream-ladder]}")x  (target >= 1.8)"
echo "peak memory MiB: onestream-ladder ${rss[onestream-ladder]}, ffmpeg-split4 ${rss[ffmpeg-split4]}, sequential (largest run) ${rss[ffmpeg-4-sequential]}"
