#!/bin/sh
# `onestream login` keeps the login in the real OS keychain (gnome-keyring in a private D-Bus
# session, see with-keyring.sh); whoami uses it and logout removes it.
# Usage: with-keyring.sh sh cli_login_keychain.sh SERVER_BINARY CLI_BINARY
set -eu
server="$1"
cli="$2"
unset ONESTREAM_TOKEN ONESTREAM_SERVER
work=$(mktemp -d "${TMPDIR:-/tmp}/onestream-cli-keychain.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
echo 'Keychain-Passw0rd' | "$server" init --data "$work/data" --email op@keychain.test \
    --password-stdin >/dev/null
"$server" --data "$work/data" --listen 127.0.0.1:0 >"$work/out" 2>/dev/null &
pid=$!
# Wait (with a deadline) for the server's "listening on" line.
tries=0
until grep -q '^listening on ' "$work/out"; do
    tries=$((tries + 1))
    [ "$tries" -gt 400 ] && { echo "server did not start" >&2; exit 1; }
    sleep 0.05
done
url=$(sed -n 's/^listening on //p' "$work/out")
echo 'Keychain-Passw0rd' | "$cli" login --server "$url" --email op@keychain.test --password-stdin
"$cli" whoami | grep -q 'op@keychain.test'
"$cli" logout
if "$cli" whoami 2>/dev/null; then
    echo "still signed in after logout" >&2
    exit 1
fi
echo "keychain login, whoami and logout: ok"
