#!/usr/bin/env bash
# HTTP load benchmark for `speakup serve`, with wrk.
#
#   Benchmarks/http/run.sh                  # builds release, 15 s per endpoint
#   DURATION=30s Benchmarks/http/run.sh     # longer runs
#   SPEAKUP_BIN=/path/to/speakup Benchmarks/http/run.sh   # skip the build, use this binary
#   KEEP=1 Benchmarks/http/run.sh           # keep the temp dir (data and server log)
#
# It builds the release binary, starts the server on a free port with a fresh temp data dir,
# creates a user and a personal API token with the CLI, then runs wrk against
#   GET  /healthz          (the HTTP stack alone)
#   POST /api/v1/analyze   (a 25-word reply through the Coach; see post-analyze.lua)
# and prints each wrk report in full followed by a summary table.
# Needs: wrk (Debian: apt-get install wrk), curl, python3 (to find a free port).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"       # the repo root (Benchmarks/http/ -> ../..)
DURATION="${DURATION:-15s}"
THREADS=2
CONNECTIONS=64
EMAIL="bench@example.org"
PASSWORD="bench-password-123"

# --- tools -------------------------------------------------------------------------------
for tool in wrk curl python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool not found." >&2
    [ "$tool" = wrk ] && echo "Install it with: sudo apt-get install wrk   (Debian/Ubuntu)" >&2
    exit 1
  fi
done

# --- temp dir and cleanup ----------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/speakup-http-bench.XXXXXX")"
DATA_DIR="$WORK/data"
SERVER_LOG="$WORK/server.log"
SERVER_PID=""

cleanup() {
  local status=$?
  set +e
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null
    # Give it 10 s to stop on SIGTERM, then SIGKILL.
    for _ in $(seq 1 100); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  if [ "$status" -ne 0 ] && [ -s "$SERVER_LOG" ]; then
    echo "--- last lines of the server log ---" >&2
    tail -n 20 "$SERVER_LOG" >&2
  fi
  if [ "${KEEP:-0}" = 1 ]; then
    echo "kept $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- build -------------------------------------------------------------------------------
if [ -n "${SPEAKUP_BIN:-}" ]; then
  BIN="$SPEAKUP_BIN"
else
  echo "==> swift build -c release --product speakup"
  (cd "$ROOT" && swift build -c release --product speakup)
  BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/speakup"
fi
[ -x "$BIN" ] || { echo "error: no executable at $BIN" >&2; exit 1; }

# --- user and token ----------------------------------------------------------------------
mkdir -p "$DATA_DIR"
printf '%s' "$PASSWORD" | "$BIN" users create "$EMAIL" --password-stdin --data-dir "$DATA_DIR" >/dev/null
TOKEN="$("$BIN" users token "$EMAIL" --name wrk-bench --data-dir "$DATA_DIR")"
[ -n "$TOKEN" ] || { echo "error: speakup users token printed nothing" >&2; exit 1; }

# --- server ------------------------------------------------------------------------------
# Ask the kernel for a free port (bind to port 0); there is a small race until the server binds it.
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

echo "==> starting $BIN serve on port $PORT (log: $SERVER_LOG)"
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data-dir "$DATA_DIR" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

# Wait up to 60 s for GET /healthz to answer 200 "ok".
for _ in $(seq 1 300); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "error: the server exited before it was ready" >&2
    exit 1
  fi
  if [ "$(curl -fsS --noproxy '*' --max-time 2 "$BASE/healthz" 2>/dev/null)" = ok ]; then
    break
  fi
  sleep 0.2
done
[ "$(curl -fsS --noproxy '*' --max-time 2 "$BASE/healthz" 2>/dev/null)" = ok ] \
  || { echo "error: the server did not answer /healthz within 60 s" >&2; exit 1; }

# One analyze call first, so a wrong token or route fails here instead of producing a
# benchmark of error answers.
CHECK_STATUS="$(curl -sS --noproxy '*' --max-time 10 -o "$WORK/check.json" -w '%{http_code}' \
  -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  --data '{"text": "I would like to talk about the rota, please."}' "$BASE/api/v1/analyze")"
if [ "$CHECK_STATUS" != 200 ]; then
  echo "error: POST /api/v1/analyze answered $CHECK_STATUS:" >&2
  cat "$WORK/check.json" >&2
  echo >&2
  exit 1
fi

# --- wrk runs ----------------------------------------------------------------------------
echo
echo "==> wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE/healthz"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/healthz" | tee "$WORK/healthz.txt"

echo
echo "==> wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s post-analyze.lua $BASE/api/v1/analyze"
TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s "$SCRIPT_DIR/post-analyze.lua" "$BASE/api/v1/analyze" | tee "$WORK/analyze.txt"

# --- summary -----------------------------------------------------------------------------
requests_per_sec() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }   # from the --latency distribution
# /healthz runs without a Lua script, so take wrk's own "Non-2xx or 3xx responses" line (absent
# when there were none); the analyze script prints its own exact "non-2xx responses" count.
healthz_non2xx() { awk -F': *' '/Non-2xx or 3xx responses/ { n = $2 } END { print n + 0 }' "$1"; }
analyze_non2xx() { awk -F': *' '/^non-2xx responses:/ { n = $2 } END { print n + 0 }' "$1"; }

echo
echo "==> summary (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
printf '%-22s %12s %12s %10s\n' endpoint req/s "p99" non-2xx
printf '%-22s %12s %12s %10s\n' "GET /healthz" \
  "$(requests_per_sec "$WORK/healthz.txt")" "$(p99 "$WORK/healthz.txt")" "$(healthz_non2xx "$WORK/healthz.txt")"
printf '%-22s %12s %12s %10s\n' "POST /api/v1/analyze" \
  "$(requests_per_sec "$WORK/analyze.txt")" "$(p99 "$WORK/analyze.txt")" "$(analyze_non2xx "$WORK/analyze.txt")"
