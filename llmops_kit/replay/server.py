"""The simulator as an OpenAI-compatible HTTP endpoint on 127.0.0.1, with fault injection for tests.

    python -m llmops_kit.replay.server --port 8787
    OPENAI_BASE_URL=http://127.0.0.1:8787/v1 OPENAI_API_KEY=anything  # then replay with backend "openai"

Serves ``POST /v1/chat/completions`` (and ``GET /health``). Faults are injected on request, so a test
controls exactly which call fails:

- the request header ``x-llmops-fault: <fault>``, or
- fault rules given at start-up (``--fault "SUBSTRING=FAULT"``, or ``FaultRule`` objects in code): a
  request whose last user message contains ``SUBSTRING`` gets ``FAULT`` every time it is sent.

Faults: ``429`` (rate limited), ``500`` (server error), ``malformed`` (HTTP 200 with a body that is not
JSON), ``slow:<ms>`` (answer correctly after sleeping that long, e.g. beyond the client's timeout).
429 and 500 carry ``retry-after-ms`` (``--retry-after-ms``) so the SDK's retries are quick in tests.
``--delay-ms`` adds a fixed delay to every answer (the throughput benchmark uses 200 ms).
The server binds to 127.0.0.1 only; it is a test double, not a service.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .simulator import Simulator
from .transport import handle_chat_request

FAULT_HEADER = "x-llmops-fault"
FAULTS = ("429", "500", "malformed", "slow:<ms>")


@dataclass(frozen=True)
class FaultRule:
    """Inject ``fault`` into every request whose last user message contains ``contains``."""

    contains: str
    fault: str

    @classmethod
    def parse(cls, text: str) -> FaultRule:
        if "=" not in text:
            raise ValueError(f"fault rule {text!r} must look like SUBSTRING=FAULT, e.g. 'password=429'.")
        contains, fault = text.rsplit("=", 1)
        _check_fault(fault)
        return cls(contains, fault)


def _check_fault(fault: str) -> None:
    if fault in ("429", "500", "malformed"):
        return
    if fault.startswith("slow:") and fault[5:].isdigit():
        return
    raise ValueError(f"unknown fault {fault!r}; use one of: {', '.join(FAULTS)}.")


class SimulatorServer(ThreadingHTTPServer):
    """A threading HTTP server holding the simulator, the fault rules and the fixed delay."""

    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        port: int = 0,
        *,
        simulator: Simulator | None = None,
        faults: Sequence[FaultRule] = (),
        delay_ms: float = 0.0,
        retry_after_ms: int = 20,
    ) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.simulator = simulator or Simulator()
        self.faults = tuple(faults)
        self.delay_ms = delay_ms
        self.retry_after_ms = retry_after_ms
        self.requests_served = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def start(self) -> SimulatorServer:
        """Serve on a background thread (for tests and benchmarks); returns self."""
        self._thread = threading.Thread(target=self.serve_forever, name="llmops-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fault_for(self, header: str | None, body: bytes) -> str | None:
        if header:
            return header
        if not self.faults:
            return None
        try:
            messages = json.loads(body or b"{}").get("messages") or []
            users = [str(m.get("content") or "") for m in messages if m.get("role") == "user"]
        except (ValueError, AttributeError):
            return None
        text = users[-1] if users else ""
        return next((rule.fault for rule in self.faults if rule.contains in text), None)

    def count(self) -> None:
        with self._lock:
            self.requests_served += 1


class _Handler(BaseHTTPRequestHandler):
    server: SimulatorServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and benchmarks must not print a line per request."""

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.rstrip("/") in ("/health", "/v1/health"):
            self._send(200, b'{"status": "ok", "backend": "simulator"}')
        else:
            self._send(404, json.dumps({"error": {"message": f"no route {self.path}", "type": "not_found"}}).encode())

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.count()
        fault = self.server.fault_for(self.headers.get(FAULT_HEADER), body)
        retry = {"retry-after-ms": str(self.server.retry_after_ms)}
        if fault == "429":
            payload = {"error": {"message": "Rate limit reached (injected fault).", "type": "rate_limit_error",
                                 "code": "rate_limit_exceeded", "param": None}}
            self._send(429, json.dumps(payload).encode(), retry)
            return
        if fault == "500":
            payload = {"error": {"message": "The server had an error (injected fault).", "type": "server_error",
                                 "code": None, "param": None}}
            self._send(500, json.dumps(payload).encode(), retry)
            return
        if fault == "malformed":
            self._send(200, b'{"id": "chatcmpl-broken", "choices": [')
            return
        delay_ms = self.server.delay_ms
        if fault and fault.startswith("slow:"):
            delay_ms += float(fault[5:])
        if delay_ms:
            time.sleep(delay_ms / 1000)
        status, payload, headers = handle_chat_request(self.server.simulator, self.path, body)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            self._send(status, json.dumps(payload).encode(), headers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the replay simulator as an OpenAI-compatible endpoint.")
    parser.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--delay-ms", type=float, default=0.0, help="fixed delay added to every answer")
    parser.add_argument("--retry-after-ms", type=int, default=20, help="retry-after-ms sent with 429 and 500")
    parser.add_argument("--fault", action="append", default=[], metavar="SUBSTRING=FAULT",
                        help=f"inject FAULT ({', '.join(FAULTS)}) when the user message contains SUBSTRING")
    args = parser.parse_args(argv)
    try:
        rules = [FaultRule.parse(text) for text in args.fault]
    except ValueError as exc:
        parser.error(str(exc))
    server = SimulatorServer(args.port, faults=rules, delay_ms=args.delay_ms, retry_after_ms=args.retry_after_ms)
    print(f"simulator listening on {server.base_url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
