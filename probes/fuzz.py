"""Property-based fuzzing of the candidate's API with schemathesis, bounded and reproducible.

Cases come from schemathesis strategies driven by hypothesis with a fixed seed; verdicts come from
schemathesis' own checks. Sending is ours, so that a response body is read only up to 64 KiB, a
slow request becomes a `timeout` finding instead of stopping the run, and redirects are never
followed (traffic stays on the base URL).
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import hypothesis
import requests
import schemathesis
import schemathesis.checks
from schemathesis import Case, CheckFunction, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.result import Ok
from schemathesis.schemas import APIOperation, BaseSchema
from urllib3.exceptions import ReadTimeoutError

from probes.loopback import same_origin
from probes.results import MAX_FAILURES, MAX_MESSAGE_CHARS, FailureKind, FuzzFailure

BODY_LIMIT = 64 * 1024
SERVER_ERROR_CHECK = "not_a_server_error"
# Conformance checks judge only non-5xx responses: for a 5xx the server error is the finding.
CONFORMANCE_CHECKS = (
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)
_NEEDS_WHOLE_BODY = {"response_schema_conformance"}
_BROKEN_TRANSPORT = (
    requests.ConnectionError,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)
_KIND_ORDER: dict[FailureKind, int] = {
    "server_error": 0,
    "timeout": 1,
    "connection_error": 2,
    "schema_violation": 3,
}

AnyCase = Case[Any]
AnyOperation = APIOperation[Any, Any, Any, Any]


@dataclass(frozen=True)
class FuzzSettings:
    base_url: str
    seed: int
    max_examples: int
    request_timeout: float
    budget_seconds: float


@dataclass
class FuzzOutcome:
    """What the fuzzing saw; the runner wraps it into the FuzzResult JSON."""

    operations_total: int = 0
    operations_tested: int = 0
    cases: int = 0
    failures: list[FuzzFailure] = field(default_factory=list)
    failures_total: int = 0
    errors: list[str] = field(default_factory=list)
    truncated: bool = False


@dataclass(frozen=True)
class Reply:
    response: Response
    body_cut: bool


@dataclass(frozen=True)
class NoReply:
    kind: FailureKind
    check: str
    message: str


class _SlowBody(Exception):
    """The body was still arriving when the request's time was up."""


class _OutOfTime(BaseException):
    """Raised inside a hypothesis test to leave it at once: hypothesis only catches Exception."""


def load_schema(path: Path) -> BaseSchema:
    """The OpenAPI document, loaded with a fixed config (no config file discovery, no masking)."""
    config = SchemathesisConfig.from_dict({"output": {"sanitization": {"enabled": False}}})
    return schemathesis.openapi.from_path(path, config=config)


def _check_function(name: str) -> CheckFunction:
    return cast(CheckFunction, getattr(schemathesis.checks, name))


def _clip(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 3] + "..."


def _read_capped(reply: requests.Response, deadline: float) -> tuple[bytes, bool]:
    """At most BODY_LIMIT bytes of the body; raises _SlowBody past the request's deadline."""
    chunks: list[bytes] = []
    size = 0
    for chunk in reply.iter_content(chunk_size=8192):
        chunks.append(chunk)
        size += len(chunk)
        if size > BODY_LIMIT:
            return b"".join(chunks)[:BODY_LIMIT], True
        if time.monotonic() > deadline:
            raise _SlowBody
    return b"".join(chunks), False


def _is_timeout(exc: requests.RequestException) -> bool:
    if isinstance(exc, requests.Timeout):
        return True
    return bool(exc.args) and isinstance(exc.args[0], ReadTimeoutError)


def send(kwargs: Mapping[str, Any], timeout: float) -> Reply | NoReply:
    """One request as schemathesis serialized it; transport trouble becomes a NoReply.

    Each request gets a fresh session and connection: no cookies carried from case to case, and
    no keep-alive connection the app closed after a crash mistaken for a new failure.
    """
    started = time.monotonic()
    session = requests.Session()
    session.trust_env = False  # no proxies from the environment: loopback only
    try:
        reply = session.request(**kwargs, stream=True, allow_redirects=False, timeout=timeout)
        try:
            body, cut = _read_capped(reply, started + timeout)
        finally:
            reply.close()
    except _SlowBody:
        return NoReply("timeout", "request_timeout", f"response not complete within {timeout:g} s")
    except requests.RequestException as exc:
        if _is_timeout(exc):
            return NoReply("timeout", "request_timeout", f"no response within {timeout:g} s")
        if isinstance(exc, _BROKEN_TRANSPORT):
            return NoReply("connection_error", "connection", f"{type(exc).__name__}: {exc}")
        raise  # an unsendable request (bad URL or header) is our problem, not the app's
    finally:
        session.close()
    headers = {name: reply.raw.headers.getlist(name) for name in reply.raw.headers}
    response = Response(
        status_code=reply.status_code,
        headers=headers,
        content=body,
        request=reply.request,
        elapsed=time.monotonic() - started,
        verify=True,
        message=reply.reason or "",
        encoding=reply.encoding,
    )
    return Reply(response, cut)


def _failure_message(failure: Failure) -> str:
    return f"{failure.title}: {failure.message}".strip().rstrip(":")


def judge(case: AnyCase, reply: Reply) -> list[tuple[FailureKind, str, str]]:
    """(kind, check, message) for every schemathesis check the response fails."""
    status = reply.response.status_code
    excerpt = reply.response.content[:300].decode("utf-8", "replace")
    if status >= 500:
        names: tuple[str, ...] = (SERVER_ERROR_CHECK,)
    else:
        names = tuple(
            n for n in CONFORMANCE_CHECKS if not (reply.body_cut and n in _NEEDS_WHOLE_BODY)
        )
    found: list[tuple[FailureKind, str, str]] = []
    for name in names:
        try:
            case.validate_response(reply.response, checks=[_check_function(name)])
        except FailureGroup as group:
            for failure in group.exceptions:
                if name == SERVER_ERROR_CHECK:
                    message = f"{status} {reply.response.message}: {excerpt}"
                    found.append(("server_error", name, message))
                else:
                    found.append(("schema_violation", name, _failure_message(failure)))
    return found


def credentials_for(
    case: AnyCase, auth_headers: Mapping[str, str], auth_paths: Collection[str]
) -> dict[str, str]:
    """The headers to add to `case`: our credentials replace generated ones, except on auth routes.

    schemathesis fills Authorization with random values for http bearer/basic schemes; sent as is,
    every protected route would answer 401. On the signup/login routes the case's own header is
    what is being fuzzed, so it is kept there and ours only fills a gap.
    """
    has_own = any(name.lower() == "authorization" for name in (case.headers or {}))
    if has_own and case.operation.path in auth_paths:
        return {}
    return dict(auth_headers)


def _curl(case: AnyCase, headers: Mapping[str, str], base_url: str) -> str:
    # schemathesis appends warnings after a blank line; the command is the first paragraph.
    return case.as_curl_command(headers=dict(headers), base_url=base_url).split("\n\n")[0]


class _Campaign:
    """The state of one run: the clock, the counters, and the first example of each failure."""

    def __init__(
        self, settings: FuzzSettings, auth_headers: Mapping[str, str], auth_paths: Collection[str]
    ) -> None:
        self.settings = settings
        self.auth_headers = dict(auth_headers)
        self.auth_paths = frozenset(auth_paths)
        self.started = time.monotonic()
        self.outcome = FuzzOutcome()
        self.seen: dict[tuple[str, str, str, str], FuzzFailure] = {}
        self.error_keys: set[str] = set()

    def remaining(self) -> float:
        return self.settings.budget_seconds - (time.monotonic() - self.started)

    def note_error(self, label: str, exc: BaseException) -> None:
        text = _clip(f"{label}: {type(exc).__name__}: {exc}")
        if text not in self.error_keys:
            self.error_keys.add(text)
            self.outcome.errors.append(text)

    def record(
        self,
        case: AnyCase,
        headers: Mapping[str, str],
        kind: FailureKind,
        check: str,
        status: int | None,
        message: str,
    ) -> None:
        """Keep the first example of each (kind, method, path template, check)."""
        method = case.operation.method.upper()
        key = (kind, method, case.operation.path, check)
        if key in self.seen:
            return
        self.seen[key] = {
            "kind": kind,
            "method": method,
            "path": case.operation.path,
            "url_path": case.formatted_path,
            "status": status,
            "check": check,
            "message": _clip(message),
            "curl": _curl(case, headers, self.settings.base_url),
        }

    def exercise(self, case: AnyCase) -> None:
        """Send one case, judge the reply, remember what failed."""
        extra = credentials_for(case, self.auth_headers, self.auth_paths)
        kwargs = case.as_transport_kwargs(base_url=self.settings.base_url, headers=extra)
        if not same_origin(str(kwargs["url"]), self.settings.base_url):
            raise ValueError(f"refused {kwargs['url']!r}: it would leave the base URL")
        reply = send(kwargs, self.settings.request_timeout)
        self.outcome.cases += 1
        if isinstance(reply, NoReply):
            self.record(case, extra, reply.kind, reply.check, None, reply.message)
            return
        for kind, check, message in judge(case, reply):
            self.record(case, extra, kind, check, reply.response.status_code, message)

    def fuzz_operation(self, operation: AnyOperation, operations_left: int) -> None:
        # A fair share of what is left: an operation that finishes early leaves time to the rest.
        deadline = time.monotonic() + max(self.remaining(), 0.0) / max(operations_left, 1)
        before = self.outcome.cases

        @hypothesis.seed(self.settings.seed)
        @hypothesis.settings(
            max_examples=self.settings.max_examples,
            deadline=None,
            database=None,
            derandomize=False,
            phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
            suppress_health_check=list(hypothesis.HealthCheck),
            verbosity=hypothesis.Verbosity.quiet,
            print_blob=False,
            report_multiple_bugs=False,
        )
        @hypothesis.given(case=operation.as_strategy())
        def run(case: AnyCase) -> None:
            if time.monotonic() >= deadline:
                raise _OutOfTime
            try:
                self.exercise(case)
            except Exception as exc:  # our bug or an unsendable case: data, not a crash
                self.note_error(operation.label, exc)

        try:
            run()
        except _OutOfTime:
            self.outcome.truncated = True
        except Exception as exc:  # strategy construction or hypothesis giving up on the schema
            self.note_error(operation.label, exc)
        if self.outcome.cases > before:
            self.outcome.operations_tested += 1


def _sort_key(failure: FuzzFailure) -> tuple[int, str, str, str]:
    return (_KIND_ORDER[failure["kind"]], failure["path"], failure["method"], failure["check"])


def fuzz(
    schema: BaseSchema,
    settings: FuzzSettings,
    auth_headers: Mapping[str, str],
    auth_paths: Collection[str] = (),
) -> FuzzOutcome:
    """Fuzz every operation in document order, sharing the time budget fairly between them.

    `auth_paths` are the signup/login paths the credentials came from (see `credentials_for`).
    """
    campaign = _Campaign(settings, auth_headers, auth_paths)
    operations: list[AnyOperation] = []
    for result in schema.get_all_operations():
        campaign.outcome.operations_total += 1
        if isinstance(result, Ok):
            operations.append(result.ok())
        else:  # an operation schemathesis cannot use is reported, not fatal
            campaign.note_error("schema", result.err())
    for index, operation in enumerate(operations):
        if campaign.remaining() <= 0:
            campaign.outcome.truncated = True
            break
        campaign.fuzz_operation(operation, len(operations) - index)
    failures = sorted(campaign.seen.values(), key=_sort_key)
    campaign.outcome.failures_total = len(failures)
    campaign.outcome.failures = failures[:MAX_FAILURES]
    return campaign.outcome
