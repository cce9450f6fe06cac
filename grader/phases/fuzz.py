"""Fuzz phase: get the app's OpenAPI schema (served, else in-process), run schemathesis in the
sidecar, and turn each failure into the finding of the rule that observes its kind, located at
the file:line of the traceback the app logged for it."""

from __future__ import annotations

import json
import re
import time

from grader.checks.registry import make_finding, rule_observing
from grader.discovery import AppEntrypoint
from grader.grading import PhaseFailed
from grader.models import Finding, RequestEvidence
from grader.phases.context import RunContext
from grader.phases.server_errors import ServerErrors, service_excuse
from grader.phases.tracebacks import ServerTrace
from grader.sandbox.containers import (
    BASE_URL,
    capped_exec,
    probe_python,
    put_file,
    sidecar_exec,
)
from grader.sandbox.engine import Container
from grader.sandbox.images import INJECTED_DIR
from grader.sandbox.probe_results import probe_reply, run_probe
from grader.settings import GradeSettings
from probes.results import FuzzFailure, FuzzResult

MAX_SCHEMA_BYTES = 5 * 1024 * 1024
_SCHEMA_MARKER = "\n--grader-openapi--\n"
_URL_MARKER = "\n--grader-openapi-url--\n"
_DUMP_SCHEMA = (
    "import importlib, json, os, sys\n"
    "module, attribute, app_dir, factory, launcher = sys.argv[1:6]\n"
    "sys.path.insert(0, app_dir)\n"
    "if launcher:\n"
    "    os.environ['GRADER_LAUNCHER'] = launcher\n"
    f"    sys.path.insert(0, {INJECTED_DIR!r})\n"
    "    app = importlib.import_module('grader_launcher').app\n"
    "else:\n"
    "    app = getattr(importlib.import_module(module), attribute)\n"
    "    app = app() if factory == '1' else app\n"
    f"sys.stdout.write({_URL_MARKER!r} + json.dumps(getattr(app, 'openapi_url', None)))\n"
    f"sys.stdout.write({_SCHEMA_MARKER!r} + json.dumps(app.openapi()))\n"
    # Out now: a start module's threads or exit hooks must not hold the answer back.
    "sys.stdout.flush()\n"
    "os._exit(0)\n"
)
# A schema path the app reports for itself is the candidate's text: a plain path, or nothing.
_PLAIN_PATH = re.compile(r"^/[A-Za-z0-9_\-./]{0,200}$")


class SchemaUnavailable(Exception):
    pass


def fuzz_phase(ctx: RunContext) -> None:
    grading, facts = ctx.grading, ctx.facts
    candidate, sidecar = ctx.candidate(), ctx.sidecar()
    source = "served"
    if not fetch_served_schema(sidecar, facts.openapi_url):
        source = "in_process"
        app = facts.app
        assert app is not None
        try:
            own_url = copy_in_process_schema(candidate, sidecar, app)
        except SchemaUnavailable as exc:
            raise PhaseFailed(f"no OpenAPI schema to fuzz: {exc}") from None
        # `openapi_url=f"{settings.API_PREFIX}/openapi.json"`: discovery could not read it, the
        # app knows it; served there, the docs are fine.
        if own_url not in (None, facts.openapi_url) and fetch_served_schema(sidecar, own_url):
            source = "served"
            grading.metrics["schema_url"] = own_url
        else:
            grading.add(
                make_finding(
                    "DOCS-SCHEMA-NOT-SERVED",
                    "GET of the schema URL gave no OpenAPI document; app.openapi() was used.",
                    file=app.file,
                    line=app.line,
                    related=[s for s in (facts.schema_setting, facts.schema_switch) if s],
                )
            )
    since = time.time()
    result = run_fuzzer(sidecar, ctx.settings, source)
    if result["error"]:
        raise PhaseFailed(f"the fuzzer could not run: {result['error']}")
    errors = ServerErrors.read(candidate, since, service_excuse(ctx))
    grading.add(*fuzz_findings(result, errors))
    grading.metrics.update(
        {
            "fuzz_operations": result["operations_total"],
            "fuzz_operations_tested": result["operations_tested"],
            "fuzz_cases": result["cases"],
            "fuzz_seconds": round(result["seconds"], 2),
            "fuzz_auth": f"{result['auth']['scheme']}:{'ok' if result['auth']['ok'] else 'no'}",
            "schema_source": source,
        }
    )


def fetch_served_schema(sidecar: Container, openapi_url: str | None) -> bool:
    """Ask the app for its schema over loopback; True when it serves a usable one."""
    url = BASE_URL + (openapi_url or "/openapi.json")
    code, out = sidecar_exec(
        sidecar,
        probe_python("probes.ready", "fetch", url, "/work/schema.json", str(MAX_SCHEMA_BYTES)),
        30,
    )
    return code == 0 and bool(probe_reply(out).get("ok"))


def copy_in_process_schema(
    candidate: Container, sidecar: Container, app: AppEntrypoint
) -> str | None:
    """Import the app inside ITS container and take app.openapi(); hand it to the sidecar.
    Returns the path the app says it serves its schema at, when that is a plain path."""
    argv = [
        "timeout",
        "-k",
        "2",
        "30",
        "python",
        "-c",
        _DUMP_SCHEMA,
        app.module,
        app.attribute,
        app.app_dir,
        "1" if app.factory else "0",
        app.launcher or "",  # an app a start module builds is taken as the server takes it
    ]
    raw = capped_exec(candidate, argv, MAX_SCHEMA_BYTES, workdir="/app")
    if raw is None:
        raise SchemaUnavailable(f"in-process schema larger than {MAX_SCHEMA_BYTES} bytes")
    text = raw.decode("utf-8", "replace")
    if _SCHEMA_MARKER not in text:
        raise SchemaUnavailable("the app could not produce its schema in-process")
    body = text.rsplit(_SCHEMA_MARKER, 1)[1]
    try:
        document = json.loads(body)
    except ValueError:
        raise SchemaUnavailable("the in-process schema is not JSON") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise SchemaUnavailable("the in-process schema is not an OpenAPI document")
    put_file(sidecar, "/work/schema.json", body.encode())
    return _own_url(text.rsplit(_SCHEMA_MARKER, 1)[0])


def _own_url(text: str) -> str | None:
    """The `openapi_url` the app printed before its schema, if it is a plain path."""
    if _URL_MARKER not in text:
        return None
    try:
        value = json.loads(text.rsplit(_URL_MARKER, 1)[1].strip() or "null")
    except ValueError:
        return None
    return value if isinstance(value, str) and _PLAIN_PATH.match(value) else None


def run_fuzzer(sidecar: Container, settings: GradeSettings, schema_source: str) -> FuzzResult:
    argv = probe_python(
        "probes.runner",
        "fuzz",
        "--schema",
        "/work/schema.json",
        "--schema-source",
        schema_source,
        "--base-url",
        BASE_URL,
        "--seed",
        str(settings.seed),
        "--max-examples",
        str(settings.fuzz_max_examples),
        "--request-timeout",
        str(settings.request_timeout_seconds),
        "--budget-seconds",
        str(settings.fuzz_budget_seconds),
        "--out",
        "/work/fuzz.json",
        "--auth-out",
        "/work/auth.json",
    )
    timeout = settings.fuzz_budget_seconds + 60
    return run_probe(sidecar, argv, "/work/fuzz.json", FuzzResult, timeout, "fuzzer")


def fuzz_findings(result: FuzzResult, errors: ServerErrors) -> list[Finding]:
    """Map the fuzzer's failures to findings, a 5xx located at the line its traceback names. A
    500 whose traceback is a server the grading could not keep up is the environment's, never
    charged."""
    findings: list[Finding] = []
    for failure in result["failures"]:
        trace = (
            errors.trace(failure["method"], failure["url_path"], failure["path"])
            if failure["kind"] == "server_error"
            else None
        )
        kind = observed_kind(failure)
        if errors.environment_to_blame(trace):
            kind = "service_unreachable"
        elif kind == "server_error" and _extreme(failure, trace):
            kind = "extreme_input_error"
        rule = rule_observing(f"fuzz:{kind}")
        if rule is None:
            continue
        status = f" answered {failure['status']}" if failure["status"] else " failed"
        detail = f"{failure['method']} {failure['url_path']}{status}: {failure['message']}"
        if trace is not None:
            detail += f" (raised {trace.exception} at {trace.file}:{trace.line})"
        findings.append(
            make_finding(
                rule.code,
                detail,
                file=trace.file if trace else None,
                line=trace.line if trace else None,
                title=f"{failure['method']} {failure['path']}: {_title(failure)}",
                request=RequestEvidence(
                    method=failure["method"],
                    path=failure["path"],
                    status=failure["status"],
                    curl=failure["curl"],
                ),
            )
        )
    auth = result["auth"]
    if auth["scheme"] != "none" and not auth["ok"]:
        findings.append(make_finding("FUZZ-AUTH-FAILED", auth["detail"]))
    return findings


# Exceptions that say a machine-extreme value reached the storage or the hash unchecked: an
# integer beyond the column's range, a NUL byte, text that is not valid Unicode.
_EXTREME_INPUT = re.compile(
    r"OverflowError|int too large|integer out of range|Out of range value|value out of int\d+ range"
    r"|NumericValueOutOfRange|NULL bytes?|null character|embedded null|NUL \(0x00\)|\\x00"
    r"|CharacterNotInRepertoire|UTF-?8\W{1,4}0x00"
    r"|surrogates not allowed|UnicodeEncodeError|UnicodeDecodeError"
    r"|PasswordValueError|password too long|password cannot be longer",
    re.IGNORECASE,
)


def _extreme(failure: FuzzFailure, trace: ServerTrace | None) -> bool:
    """The 500 came from a value no client sends (a 20-digit id, a NUL byte), by the traceback
    matched to the request or by the request's own answer, when the app catches its errors and
    answers with them (`{"detail": str(exc)}`: public jandaghi14). The answer belongs to this
    request; a traceback is matched to it by route and order, and there was another request's."""
    if trace is not None and _EXTREME_INPUT.search(trace.exception):
        return True
    return bool(_EXTREME_INPUT.search(failure["message"]))


def observed_kind(failure: FuzzFailure) -> str:
    """What the failure shows: FastAPI never lists 404/401/422 in its generated schema (a docs
    nit), and a naive datetime misses the `date-time` format (a serialisation nit)."""
    if _undocumented_client_error(failure):
        return "undocumented_client_error"
    if _format_only(failure):
        return "format_nit"
    return failure["kind"]


def _undocumented_client_error(failure: FuzzFailure) -> bool:
    """A 4xx the schema does not list, or lists with another media type: FastAPI documents
    errors as application/json only, so an app answering its errors as RFC 9457
    `application/problem+json` (a good habit) would otherwise break "its schema" on every 404."""
    status = failure["status"] or 0
    return (
        failure["kind"] == "schema_violation"
        and failure["check"] in ("status_code_conformance", "content_type_conformance")
        and 400 <= status < 500
    )


# JSON Schema string formats the validator checks strictly: a naive datetime (no UTC offset) that
# pydantic serialises by default fails `date-time`, though the app is typed correctly.
_FORMAT_ONLY = re.compile(r'is not a[n]? "(date-time|date|time|email|uri|uuid|duration|ipv4|ipv6)"')


def _format_only(failure: FuzzFailure) -> bool:
    return failure["kind"] == "schema_violation" and bool(_FORMAT_ONLY.search(failure["message"]))


def _title(failure: FuzzFailure) -> str:
    if failure["kind"] == "server_error":
        return f"server error {failure['status']}"
    if failure["kind"] == "timeout":
        return "no answer within the request limit"
    return f"response breaks its schema ({failure['check']})"
