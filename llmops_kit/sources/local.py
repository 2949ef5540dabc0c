"""A local ``phoenix serve`` on 127.0.0.1 for tests, benchmarks and trying the example: free ports, its
SQLite store in a directory you choose, start / stop / restart. Needs the ``phoenix`` extra (the server)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .phoenix import INSTALL_HINT, phoenix_client
from .spec import SourceError


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalPhoenix:
    """``phoenix serve`` as a child process; data survives ``stop()`` / ``start()`` (same directory, same ports)."""

    workdir: Path
    port: int = field(default_factory=free_port)
    grpc_port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return Path(self.workdir) / "server.log"

    def start(self, timeout: float = 240.0) -> LocalPhoenix:
        """Start and wait until ``/healthz`` answers (Phoenix takes 10-30 s to import and migrate)."""
        executable = Path(sys.executable).parent / "phoenix"
        if not executable.exists():
            raise SourceError(f"no `phoenix` command next to {sys.executable}; {INSTALL_HINT}.")
        Path(self.workdir).mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PHOENIX_WORKING_DIR": str(self.workdir), "PHOENIX_HOST": "127.0.0.1",
               "PHOENIX_PORT": str(self.port), "PHOENIX_GRPC_PORT": str(self.grpc_port),
               "PHOENIX_TELEMETRY_ENABLED": "false"}
        with self.log.open("ab") as handle:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen([str(executable), "serve"], env=env, stdout=handle,
                                            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        with phoenix_client(self.url, timeout=2) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise SourceError(f"phoenix serve exited with code {self.process.returncode}; see {self.log}.")
                try:
                    if client.get("healthz").status_code == 200:
                        return self
                except Exception:  # not listening yet
                    pass
                time.sleep(0.5)
        self.stop()
        raise SourceError(f"phoenix serve did not answer within {timeout:.0f} s; see {self.log}.")

    def stop(self) -> None:
        """Terminate the server (kill after 30 s) and wait for it to exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> LocalPhoenix:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
