"""Shared helpers for the scripts that drive a real `speakup` binary (crash test, browser test).

Stdlib only, so each script can import it without a venv:
    from speakup_harness import Server, run_cli, free_port, tail
"""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

READY_TIMEOUT = 60.0  # seconds to wait for /healthz after a start

# Never send requests for 127.0.0.1 through an http_proxy from the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port():
    """Ask the kernel for a free port by binding to port 0 (there is a small race until the server binds it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(binary, args, stdin_text=None, name="speakup"):
    """Run a speakup CLI command; return its stdout, or exit with its output on failure."""
    result = subprocess.run([binary, *args], input=stdin_text, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"[{name}] `speakup {' '.join(args)}` failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")
    return result.stdout


def tail(path, lines=30):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""


class Server:
    """One `speakup serve` process on a free loopback port, logging to its own file."""

    def __init__(self, binary, data_dir, log_path, log=print):
        self.binary, self.data_dir, self.log_path, self.log = binary, data_dir, log_path, log
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.log_file = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--data-dir", self.data_dir],
            stdin=subprocess.DEVNULL, stdout=self.log_file, stderr=subprocess.STDOUT)
        self.log(f"started server pid {self.process.pid} on port {self.port} (log: {self.log_path})")

    def wait_ready(self):
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with status {self.process.returncode} before it was ready; "
                                   f"log tail:\n{tail(self.log_path)}")
            try:
                with OPENER.open(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200 and response.read().strip() == b"ok":
                        self.log(f"server ready at {self.base}")
                        return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready after {READY_TIMEOUT:.0f} s; log tail:\n{tail(self.log_path)}")

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.log_file.close()

    def stop(self):
        """Stop gracefully (SIGTERM, then SIGKILL after 10 s). Safe to call more than once."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log_file.close()
