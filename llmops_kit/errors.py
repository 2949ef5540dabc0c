"""The toolkit's exceptions, under one root.

    LlmopsError                      anything this package raises on purpose
     +-- TraceLoadError              a trace file or line could not be read or validated
     +-- ContractError               the observability contract is missing or invalid
     +-- KnowledgeBaseError          the knowledge base is missing or invalid, or an index name is unknown
     +-- ReplayError                 a replay could not be built or did not complete
     |    +-- OverrideError          an override key or value is not accepted
     |    +-- UnknownPromptVersion   the prompt registry has no such version
     |    +-- UnknownModel           the simulator has no profile for that model
     +-- BreakerError                a breaker got input it cannot evaluate or an unknown signal
     +-- ImportFormatError           an external export (Langfuse, LangSmith, OTLP) could not be mapped
     +-- ReportError                 the report could not be compiled from the outputs
     +-- PostmortemError             a postmortem, its template or its evidence could not be read
     +-- SubmissionError             the submission zip could not be built or does not verify
     +-- TrafficError                the traffic generator got a mix, mode, count or start it cannot build
     +-- DrillError                  the drill got a failure, count or window it cannot run
     +-- DashboardError              the drill dashboard got nothing to draw or a path it cannot write

Messages are full sentences that name the input, what was wrong and what to do.
"""

from __future__ import annotations


class LlmopsError(Exception):
    """Root of every error this package raises on purpose."""


class TraceLoadError(LlmopsError):
    """A trace could not be read or validated; carries the source, the JSONL line and the field path.

    Loading raises nothing else: any other exception met while reading a record is wrapped in one.
    """

    def __init__(
        self, message: str, *, source: str | None = None, field: str | None = None, line: int | None = None
    ) -> None:
        super().__init__(message)
        self.source = source
        self.field = field
        self.line = line

    def as_dict(self) -> dict[str, str | int | None]:
        """The error as JSON-ready data for ``--json`` outputs."""
        return {"source": self.source, "line": self.line, "field": self.field, "message": str(self)}


class ContractError(LlmopsError):
    """The observability contract file is missing or does not validate."""


class KnowledgeBaseError(LlmopsError):
    """The knowledge base file is missing or invalid, or an index name is unknown."""


class ReplayError(LlmopsError):
    """A replay could not be built or did not complete.

    ``kind`` names the failure for tables and retries (``timeout``, ``connection``, ``http_429``,
    ``malformed_response``, ...); None when it is not a transport failure.
    """

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class OverrideError(ReplayError):
    """An override key or value is not accepted by replay."""


class UnknownPromptVersion(ReplayError):
    """The prompt registry has no template for the requested version."""


class UnknownModel(ReplayError):
    """The simulator has no behaviour profile for the requested model."""


class BreakerError(LlmopsError):
    """A breaker was given input it cannot evaluate, or asked for a signal that does not exist."""


class ImportFormatError(LlmopsError):
    """An external trace export could not be mapped onto the trace model; ``field`` names where, if known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ReportError(LlmopsError):
    """The report source is missing or typst could not compile it."""


class PostmortemError(LlmopsError):
    """A postmortem, its template or its evidence traces could not be read."""


class SubmissionError(LlmopsError):
    """The submission zip could not be built, or a zip does not pass verification."""


class TrafficError(LlmopsError):
    """The traffic generator was asked for something it cannot build (bad mix, unknown mode, bad n)."""


class DrillError(LlmopsError):
    """The drill was asked for something it cannot run (unknown failure, bad counts, too small a window)."""


class DashboardError(LlmopsError):
    """The drill dashboard was given nothing to draw or a path it cannot write."""
