#!/usr/bin/env bash
# Smoke test of the built one-folder program (run by `make bundle-smoke`, after `make bundle`).
#
#   installer/smoke_test.sh [dist/peerdesk]
#
# Runs the FROZEN peerdesk-cli headless (QT_QPA_PLATFORM=offscreen):
#   1. --version of both programs matches peerdesk/__init__.py;
#   2. `peerdesk-cli selftest`: create a site, sign in, integrity check, close, PDF fonts,
#      translations, and the desktop application up to its sign-in window; it runs with the
#      test-only PEERDESK_TEST_WEAK_KDF=1 set and must still write production-cost key slots;
#   3. portable mode: with peerdesk-portable.txt beside the program the data folder is
#      <program folder>/data (marker, data and logs are removed afterwards);
#   4. a data folder that cannot be written gives a plain message and exit status 1.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(cd "${1:-$here/dist/peerdesk}" && pwd)"
cli="$dist/peerdesk-cli"
gui="$dist/peerdesk"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "smoke: no built program in $dist; run make bundle" >&2; exit 1; }
if [ -e "$dist/peerdesk-portable.txt" ] || [ -e "$dist/data" ] || [ -e "$dist/logs" ]; then
    echo "smoke: $dist already has a portable marker or data; not touching it" >&2
    exit 1
fi

work="$(mktemp -d)"
cleanup() { rm -rf "$work" "$dist/data" "$dist/logs"; rm -f "$dist/peerdesk-portable.txt"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen PEERDESK_LOG_DIR="$work/logs"
unset PEERDESK_DATA_DIR PEERDESK_USER PEERDESK_PASSPHRASE PEERDESK_NEW_PASSPHRASE PEERDESK_LANG || true
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

want="peerdesk $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/peerdesk/__init__.py")"
[ "$("$cli" --version)" = "$want" ] || fail "peerdesk-cli --version is not '$want'"
[ "$("$gui" --version)" = "$want" ] || fail "peerdesk --version is not '$want'"
echo "smoke: ok   version: $want"

out="$work/selftest.out"
status=0
PEERDESK_TEST_WEAK_KDF=1 PEERDESK_DATA_DIR="$work/real" "$cli" selftest >"$out" 2>"$work/selftest.err" \
    || status=$?
[ "$status" = 0 ] || { cat "$out" "$work/selftest.err" >&2; fail "selftest exit status $status"; }
sed 's/^/smoke:      /' "$out"
grep -q "(installed build)" "$out" || fail "selftest did not run as an installed build"
grep -q "(production)" "$out" || fail "the installed build honoured PEERDESK_TEST_WEAK_KDF"
grep -q "sign-in window" "$out" || fail "the sign-in window was not reached"
echo "smoke: ok   selftest of the installed build"

printf 'portable\n' >"$dist/peerdesk-portable.txt"
"$cli" selftest --no-gui >"$out" 2>&1 || { cat "$out" >&2; fail "portable selftest"; }
grep -qF "data folder: $dist/data (portable mode)" "$out" || { cat "$out" >&2; fail "portable data folder"; }
rm -rf "$dist/peerdesk-portable.txt" "$dist/data" "$dist/logs"
echo "smoke: ok   portable mode uses $dist/data"

: >"$work/a-file"
if "$cli" --data-dir "$work/a-file/data" selftest --no-gui >"$out" 2>&1; then
    fail "an unwritable data folder was accepted"
fi
grep -q "FAIL data folder: peerdesk cannot write its data folder" "$out" || { cat "$out" >&2; fail "unwritable message"; }
echo "smoke: ok   unwritable data folder refused in plain words"
echo "smoke: passed"
