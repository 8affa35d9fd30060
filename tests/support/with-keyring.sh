#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so that the
# real QtKeychain → libsecret → Secret Service path can be tested without touching the
# user's keyring. Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring.sh: needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus gnome-keyring)" >&2
    exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/onestream-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password: the keyring lives and dies with this temporary folder.
exec dbus-run-session -- sh -c '
    printf "%s" "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
# gnome-keyring-daemon leaves by itself when the private bus closes.
