"""Start and stop Prism (`@stoplight/prism-cli`, installed by `make setup`) as a local stand-in
for TaskRouter, serving openapi.yaml on a free loopback port. Used by the demo and the tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi.yaml"


class StandInError(RuntimeError):
    """Prism could not be started."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StandInError(f"Prism exited with {process.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise StandInError(f"Prism did not listen on port {port} within {seconds:.0f}s:\n{log.read_text()}")


@contextmanager
def prism(spec: Path = SPEC, *, seconds: float = 60.0) -> Iterator[str]:
    """Run ``prism mock --errors`` (request validation on) and yield its base URL."""
    if not PRISM.exists() or shutil.which("node") is None:
        raise StandInError("Prism is not installed: run `make setup` (or any make target that needs it)")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        log = Path(tmp) / "prism.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "NO_COLOR": "1"},
            )
        try:
            _wait_for_port(port, process, log, seconds)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
