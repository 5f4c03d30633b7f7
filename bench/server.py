"""The loopback server of the socket benchmarks: nginx answering every request with the recorded
``201`` Workflow body, started on a free 127.0.0.1 port with a throw-away config and prefix.

nginx is C and answers a fixed body from memory, so it costs a few µs of CPU per request against the
hundreds a Python client spends; :meth:`Nginx.cpu_seconds` lets the bench show that.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

CONFIG = """\
daemon off;
master_process on;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    server_tokens off;
    default_type application/json;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{port} backlog=1024;
        location / {{
            add_header Twilio-Request-Id RQ00000000000000000000000000000000 always;
            return 201 '{body}';
        }}
    }}
}}
"""


def nginx_quote(body: bytes) -> str:
    """``body`` as the inside of a single-quoted nginx string (nginx unescapes ``\\\\`` and ``\\'``)."""
    text = body.decode()
    if "$" in text:
        raise ValueError("nginx would read '$' in a return body as a variable")
    return text.replace("\\", "\\\\").replace("'", "\\'")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its child processes (nginx's workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total, pids = 0.0, [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rpartition(")")[2].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        pids.extend(int(child) for child in children)
    return total


class Nginx:
    """``with Nginx(body) as server:`` serves ``body`` as a 201 at ``server.base_url``."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._prefix = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        config = self._prefix / "nginx.conf"
        config.write_text(CONFIG.format(prefix=self._prefix, port=self.port, body=nginx_quote(self.body)))
        self._prefix.chmod(0o755)  # nginx's workers drop root for 'nobody'
        self._process = subprocess.Popen([binary, "-p", str(self._prefix), "-c", str(config), "-e", "stderr"])
        try:
            self._check_answer()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _check_answer(self) -> None:
        """Wait for the server, then check that it gives back exactly the recorded body."""
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.post(self.base_url + "/check", data={"a": "b"})
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or (self._process and self._process.poll() is not None):
                    raise RuntimeError(f"nginx did not start on {self.base_url}") from None
                time.sleep(0.05)
        if response.status_code != 201 or response.content != self.body:
            raise RuntimeError(f"nginx answered {response.status_code} with a body other than the recorded one")
        if response.headers.get("content-type") != "application/json":
            raise RuntimeError(f"nginx answered Content-Type {response.headers.get('content-type')!r}")

    def cpu_seconds(self) -> float:
        """CPU seconds the server's processes have used so far."""
        if self._process is None:
            raise RuntimeError("the server is not running")
        return _tree_cpu_seconds(self._process.pid)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        shutil.rmtree(self._prefix, ignore_errors=True)
