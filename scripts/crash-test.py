#!/usr/bin/env python3
"""Durability test: kill -9 the server while log entries are being posted; after a restart,
every entry that got a 2xx must be there.

Usage:
    scripts/crash-test.py --binary "$(swift build --show-bin-path)/speakup" [--seconds 6] [--writers 4] [--keep]

What it does:
  1. makes a temporary data dir, creates a user and a personal API token with the CLI;
  2. starts `speakup serve` on a free port and waits for GET /healthz;
  3. runs --writers threads that POST /api/v1/logs in a loop (unique `said` text each), recording
     (id, said) for every 2xx answer;
  4. after --seconds, sends SIGKILL to the server while the writers are still posting, then stops
     and joins the writers;
  5. restarts the server on the same data dir and GETs every acknowledged id, checking `said`.

Exit status: 0 when at least one entry was acknowledged and none is missing; 1 otherwise.
Stdlib only. The temp dir (data, server logs) is removed at the end unless --keep is given.
"""
import argparse
import http.client
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

from speakup_harness import OPENER, Server, run_cli, tail

EMAIL = "crash-test@example.org"
PASSWORD = "crash-test-password-1"
POST_TIMEOUT = 2.0       # per request, so writers notice the dead server quickly
GET_TIMEOUT = 10.0



def log(message):
    print(f"[crash-test] {message}", flush=True)


class Writers:
    """N threads posting log entries until told to stop; records every acknowledged (id, said)."""

    def __init__(self, base, token, count):
        self.base, self.token = base, token
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.acknowledged = []          # (id, said) for every 2xx with a readable id
        self.ack_without_id = 0         # 2xx whose body could not be read or had no id
        self.errors = {}                # error kind -> count
        self.first_http_error = None    # first non-2xx answer, to explain a run with nothing acknowledged
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(count)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stop_event.set()
        for thread in self.threads:
            thread.join()

    def count_error(self, kind):
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1

    def run(self, thread_number):
        n = 0
        while not self.stop_event.is_set():
            n += 1
            said = f"crash-test entry {thread_number}-{n}: I'd like to talk about the rota."
            occurred = (datetime.now(timezone.utc) - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
            entry = {
                "occurred_at": occurred, "counterpart": "my manager", "context": "workplace", "said": said,
                "self_rated_style": "assertive", "suds_before": 60, "suds_after": 30,
                "outcome": "good", "feeling": "relieved",
            }
            request = urllib.request.Request(
                self.base + "/api/v1/logs", data=json.dumps(entry).encode(), method="POST",
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"})
            try:
                # urlopen raises HTTPError for every status outside 2xx (no redirects are expected).
                with OPENER.open(request, timeout=POST_TIMEOUT) as response:
                    status = response.status
                    try:
                        entry_id = json.loads(response.read())["id"]
                    except (OSError, http.client.HTTPException, ValueError, KeyError, TypeError):
                        entry_id = None  # e.g. the connection died while the body was being read
                if entry_id is None:
                    with self.lock:
                        self.ack_without_id += 1
                elif 200 <= status < 300:
                    with self.lock:
                        self.acknowledged.append((entry_id, said))
            except urllib.error.HTTPError as error:
                self.count_error(f"HTTP {error.code}")
                with self.lock:
                    if self.first_http_error is None:
                        body = error.read(500).decode("utf-8", "replace")
                        self.first_http_error = f"HTTP {error.code}: {body}"
            except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
                # Connection refused/reset, cut-off answers and timeouts are expected once the server is killed.
                reason = getattr(error, "reason", error)
                self.count_error(type(reason).__name__ if not isinstance(reason, str) else reason)
                if self.stop_event.wait(0.05):  # don't spin on a dead port
                    break


def verify(base, token, acknowledged):
    """GET every acknowledged id; return (found, missing) where missing holds (id, why)."""
    found, missing = 0, []
    for entry_id, said in acknowledged:
        request = urllib.request.Request(f"{base}/api/v1/logs/{entry_id}",
                                         headers={"Authorization": f"Bearer {token}"})
        try:
            with OPENER.open(request, timeout=GET_TIMEOUT) as response:
                body = json.loads(response.read())
            said_back = body.get("said") if isinstance(body, dict) else None
            if said_back == said:
                found += 1
            else:
                missing.append((entry_id, f"said differs: {said_back!r}, expected {said!r}"))
        except urllib.error.HTTPError as error:
            missing.append((entry_id, f"HTTP {error.code}"))
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
            missing.append((entry_id, f"error: {error}"))
    return found, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="path to the speakup executable")
    parser.add_argument("--seconds", type=float, default=6, help="how long to post before the kill (default 6)")
    parser.add_argument("--writers", type=int, default=4, help="number of writer threads (default 4)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (data and server logs)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"[crash-test] not an executable: {binary}")

    work = tempfile.mkdtemp(prefix="speakup-crash-test-")
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    first = second = writers = None
    ok = False
    try:
        log(f"temp dir {work}")
        run_cli(binary, ["users", "create", EMAIL, "--password-stdin", "--data-dir", data_dir], stdin_text=PASSWORD, name="crash-test")
        token = run_cli(binary, ["users", "token", EMAIL, "--name", "crash-test", "--data-dir", data_dir], name="crash-test").strip()
        if not token or len(token.split()) != 1:
            sys.exit(f"[crash-test] `speakup users token` printed no single token: {token!r}")

        first = Server(binary, data_dir, os.path.join(work, "server-1.log"), log=log)
        first.start()
        first.wait_ready()

        writers = Writers(first.base, token, args.writers)
        log(f"posting with {args.writers} writers for {args.seconds:g} s, then kill -9")
        writers.start()
        time.sleep(args.seconds)
        if first.process.poll() is not None:
            raise RuntimeError(f"server died on its own (status {first.process.returncode}) before the kill; "
                               f"log tail:\n{tail(first.log_path)}")
        first.kill9()   # writers are still posting
        log(f"sent SIGKILL to pid {first.process.pid} (exit status {first.process.returncode})")
        time.sleep(0.3)  # let in-flight requests fail against the dead server
        writers.stop()

        acknowledged = list(writers.acknowledged)
        errors = ", ".join(f"{kind}: {count}" for kind, count in sorted(writers.errors.items())) or "none"
        log(f"writers stopped: {len(acknowledged)} acknowledged, errors: {errors}")
        if writers.ack_without_id:
            log(f"warning: {writers.ack_without_id} 2xx answers had no readable id and cannot be checked")

        second = Server(binary, data_dir, os.path.join(work, "server-2.log"), log=log)
        second.start()
        second.wait_ready()
        found, missing = verify(second.base, token, acknowledged)

        print(f"acknowledged: {len(acknowledged)}, found after restart: {found}, missing: {len(missing)}")
        for entry_id, why in missing:
            print(f"  missing id {entry_id}: {why}")
        if not acknowledged:
            print("FAIL: no entry was acknowledged, so the test proved nothing"
                  + (f" (first error answer: {writers.first_http_error})" if writers.first_http_error else ""))
        elif missing:
            print("FAIL: acknowledged entries were lost after kill -9")
        else:
            print("PASS: every acknowledged entry survived kill -9")
            ok = True
    except RuntimeError as error:
        print(f"FAIL: {error}")
    finally:
        if writers is not None:
            writers.stop_event.set()
        for server in (first, second):
            if server is not None:
                server.stop()
        if args.keep or not ok:
            if args.keep:
                log(f"kept {work}")
            else:
                # On failure the server logs are the evidence: show where they were before removing them.
                for name in ("server-1.log", "server-2.log"):
                    text = tail(os.path.join(work, name), 15)
                    if text:
                        print(f"--- last lines of {name} ---\n{text}", end="" if text.endswith("\n") else "\n")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
