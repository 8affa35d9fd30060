#!/bin/sh
# `onestream upload` and `onestream videos` use the keychain login of `onestream login` (no
# ONESTREAM_TOKEN): a tenant owner signs in once, uploads a file and finds the video.
# Usage: with-keyring.sh sh cli_upload_keychain.sh SERVER_BINARY CLI_BINARY
set -eu
server="$1"
cli="$2"
unset ONESTREAM_TOKEN ONESTREAM_SERVER
work=$(mktemp -d "${TMPDIR:-/tmp}/onestream-cli-upload-keychain.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
password='Keychain-Passw0rd'
echo "$password" | "$server" init --data "$work/data" --email op@keychain.test \
    --password-stdin >/dev/null
"$server" --data "$work/data" --listen 127.0.0.1:0 >"$work/out" 2>/dev/null &
pid=$!
tries=0
until grep -q '^listening on ' "$work/out"; do
    tries=$((tries + 1))
    [ "$tries" -gt 400 ] && { echo "server did not start" >&2; exit 1; }
    sleep 0.05
done
url=$(sed -n 's/^listening on //p' "$work/out")

# The operator creates a tenant; its owner accepts the invitation and signs in (keychain).
echo "$password" | "$cli" login --server "$url" --email op@keychain.test --password-stdin
"$cli" tenants create --name Acme --owner-email owner@acme.test --json >"$work/tenant.json"
invite=$(sed -n 's/.*"invite_token": *"\([^"]*\)".*/\1/p' "$work/tenant.json")
[ -n "$invite" ] || { echo "no invitation in: $(cat "$work/tenant.json")" >&2; exit 1; }
"$cli" logout
echo "$password" | "$cli" accept-invite --server "$url" --token "$invite" --password-stdin
echo "$password" | "$cli" login --server "$url" --email owner@acme.test --password-stdin

head -c 300000 /dev/urandom >"$work/clip.bin"
"$cli" upload "$work/clip.bin" --queue "$work/queue.db" --quiet >"$work/upload.out"
expected=$(sha256sum "$work/clip.bin" | cut -d' ' -f1)
grep -q "clip.bin: done sha256 $expected" "$work/upload.out" || {
    echo "upload did not finish: $(cat "$work/upload.out")" >&2
    exit 1
}
"$cli" videos list | grep -q 'ready' || { echo "the video is not ready" >&2; exit 1; }
"$cli" logout
if "$cli" upload "$work/clip.bin" --queue "$work/queue.db" 2>"$work/err"; then
    echo "uploaded after logout" >&2
    exit 1
fi
grep -q 'onestream login' "$work/err"
echo "keychain login used by upload and videos: ok"
