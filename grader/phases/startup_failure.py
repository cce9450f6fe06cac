"""Why an app did not start, in one line, from the output it printed before it died or stalled.

The start phase already measured the failure (the process exited, or never answered); this only
reads the candidate's output to name the cause a reviewer would look for: the last exception of the
last traceback (a missing module, a settings class missing required fields, an environment variable
read with `os.environ[...]`, a database or cache it cannot reach, syntax a newer Python would
accept, a name a newer Python removed), and the innermost frame of the submission's own code. Pure
and total: any text in, a `StartupFailure` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.phases.python_removals import removal_hint

MAX_EVIDENCE_LINES = 40
MAX_EVIDENCE_CHARS = 4000

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+)(?:, in (?P<func>.+))?\s*$')
_EXCEPTION = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s?(?P<message>.*))?$")
_LOG_PREFIX = re.compile(r"^(?:INFO|ERROR|WARNING|DEBUG|CRITICAL)(?::|\s)")
_UVICORN_LOAD = re.compile(r"Error loading ASGI app\.\s*(?P<what>.*)")
_PYTHON_VERSION = re.compile(r"python3\.(\d+)")
_NEWER_SYNTAX = (
    (re.compile(r"^\s*type\s+[A-Za-z_]\w*\s*(?:\[[^\]]*\])?\s*="), "a `type` alias"),
    (re.compile(r"^\s*(?:async\s+)?def\s+\w+\s*\["), "a generic function `def f[T]`"),
    (re.compile(r"^\s*class\s+\w+\s*\["), "a generic class `class C[T]`"),
)
_ENV_NAME = r"[A-Z][A-Z0-9_]{2,63}"
_ENV_MISSING = (
    re.compile(
        rf"\b(?P<name>{_ENV_NAME})\b[^\n]{{0,80}}?\b(?:is not set|not set|is missing|"
        rf"missing|is required|required|must be set|must be provided|is empty|undefined)"
    ),
    re.compile(
        rf"(?:missing|required|set the|not set|provide|define)\b[^\n]{{0,60}}?"
        rf"\b(?P<name>{_ENV_NAME})\b"
    ),
)
_UNREACHABLE = re.compile(
    r"Connection refused|Connect call failed|ConnectionRefused|could not connect|"
    r"connection to server|Name or service not known|Temporary failure in name resolution|"
    r"nodename nor servname|getaddrinfo failed|could not translate host name|"
    r"Can't connect to|Network is unreachable|No route to host|ServerSelectionTimeout|"
    r"Error -?\d+ connecting to|Cannot assign requested address|Connection reset",
    re.IGNORECASE,
)
_HOST_PORT = (
    re.compile(r"\(\s*'(?P<host>[^']+)',\s*(?P<port>\d{1,5})\s*\)"),  # ('127.0.0.1', 5432)
    re.compile(r'server at "(?P<host>[^"]+)"[^,]*, port (?P<port>\d{1,5})'),  # psycopg
    re.compile(r"connecting to (?P<host>[\w.-]+):(?P<port>\d{1,5})"),  # redis
    re.compile(r"(?:host name|host|server on) [\"'](?P<host>[\w.-]+)(?::(?P<port>\d{1,5}))?[\"']"),
    re.compile(r"(?P<host>[A-Za-z][\w.-]*|\d+\.\d+\.\d+\.\d+):(?P<port>\d{2,5})\b"),
)


_TOKENISH = (re.compile(r"[A-Za-z0-9_\-+/]{8,}"), re.compile(r"[A-Za-z0-9]{8,}"))


def redact(text: str, secrets: list[str] | tuple[str, ...]) -> str:
    """The text with every secret the grader set replaced by `***`, also where it is shown cut
    (pydantic prints `'745a418ca...6e4add8c7e'`): any run of 8+ token characters inside one."""
    values = [v for v in secrets if len(v) >= 8]
    if not values:
        return text
    for value in values:
        text = text.replace(value, "***")

    def hide(match: re.Match[str]) -> str:
        word = match.group(0)
        return "***" if any(word in value for value in values) else word

    for pattern in _TOKENISH:
        text = pattern.sub(hide, text)
    return text


@dataclass(frozen=True)
class StartupFailure:
    """One line a reviewer can act on, what kind of cause it is, and the output behind it."""

    reason: str
    category: str  # missing_module | missing_setting | bad_setting | service_unreachable
    # | syntax | python_version | library_mismatch | app_not_found | stalled | other
    evidence: str
    file: str | None = None  # the innermost frame in the submission's own code (relative)
    line: int | None = None


@dataclass
class _Traceback:
    frames: list[tuple[str, int, str | None, str]]  # file, line, function, source line
    exception: list[str]  # the exception line and its continuation (a ValidationError's fields)


def explain_startup(log: str, app_root: str = "/app") -> StartupFailure:
    """The cause of a failed start, read from the app's output (never raises)."""
    lines = [_ANSI.sub("", line).rstrip() for line in log.replace("\r", "").splitlines()]
    lines = [line for line in lines if not line.startswith("@@grader")]
    evidence = _evidence(lines, app_root)
    trace = _last_traceback(lines)
    if trace is not None and trace.exception:
        where = _own_frame(trace, app_root.rstrip("/") + "/")
        reason, category = _from_exception(trace, where, lines)
        file, line = where if where else (None, None)
        return StartupFailure(_one_line(reason), category, evidence, file, line)
    return _without_traceback(lines, evidence)


def _one_line(text: str, limit: int = 400) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _evidence(lines: list[str], app_root: str) -> str:
    """The end of the output, from the last traceback when it fits; in a long one, library frames
    (site-packages, the standard library, the grader's launcher) are elided before anything else,
    so the submission's own frames and the exception stay."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    start = max(
        (i for i, line in enumerate(lines) if "Traceback (most recent call last)" in line),
        default=None,
    )
    if start is not None and len(lines) - start > MAX_EVIDENCE_LINES:
        kept = [lines[start], *_own_frames(lines[start + 1 :], app_root.rstrip("/") + "/")]
        if len(kept) > MAX_EVIDENCE_LINES:
            kept = [kept[0], "  … (frames elided)", *kept[-(MAX_EVIDENCE_LINES - 2) :]]
    else:
        kept = lines[-MAX_EVIDENCE_LINES:]
    text = "\n".join(kept)
    return text if len(text) <= MAX_EVIDENCE_CHARS else "…" + text[-(MAX_EVIDENCE_CHARS - 1) :]


def _own_frames(lines: list[str], prefix: str) -> list[str]:
    """A traceback's lines with library frames (and their source lines) folded into one note;
    the last frame is always kept, it is where the exception was raised."""
    frames = [i for i, line in enumerate(lines) if _FRAME.match(line)]
    last = frames[-1] if frames else -1
    kept: list[str] = []
    elided = 0
    skipping = False
    for index, line in enumerate(lines):
        frame = _FRAME.match(line)
        if frame is not None:
            own = frame.group("file").startswith(prefix) and "/site-packages/" not in line
            skipping = not own and index != last
            if skipping:
                elided += 1
                continue
            if elided:
                kept.append(f"  … ({elided} library frame(s) elided)")
                elided = 0
        elif skipping and line.startswith("    "):
            continue
        else:
            skipping = False
        kept.append(line)
    return kept


def _last_traceback(lines: list[str]) -> _Traceback | None:
    start = max(
        (i for i, line in enumerate(lines) if "Traceback (most recent call last)" in line),
        default=None,
    )
    if start is None:
        return None
    trace = _Traceback(frames=[], exception=[])
    index = start + 1
    while index < len(lines):
        raw = lines[index]
        frame = _FRAME.match(raw)
        if frame is not None:
            source = ""
            if index + 1 < len(lines) and lines[index + 1].startswith("    "):
                source = lines[index + 1].strip()
            trace.frames.append(
                (frame.group("file"), int(frame.group("line")), frame.group("func"), source)
            )
        elif raw and not raw[0].isspace():
            trace.exception = _exception_block(lines, index)
            break
        index += 1
    return trace


def _exception_block(lines: list[str], start: int) -> list[str]:
    block = [lines[start]]
    for raw in lines[start + 1 : start + 60]:
        if not raw.strip() or _LOG_PREFIX.match(raw) or "Traceback (most recent" in raw:
            break
        block.append(raw)
    return block


def _own_frame(trace: _Traceback, prefix: str) -> tuple[str, int] | None:
    for path, line, _, _ in reversed(trace.frames):
        if path.startswith(prefix) and "/site-packages/" not in path:
            return path[len(prefix) :], line
    return None


def _at(where: tuple[str, int] | None) -> str:
    return f" at {where[0]}:{where[1]}" if where else ""


def _from_exception(
    trace: _Traceback, where: tuple[str, int] | None, lines: list[str]
) -> tuple[str, str]:
    head = trace.exception[0].strip()
    match = _EXCEPTION.match(head)
    kind = match.group("type").rsplit(".", 1)[-1] if match else ""
    message = (match.group("message") or "") if match else head
    shown = f"{kind}: {message}" if kind and message else head
    if kind in ("SyntaxError", "IndentationError", "TabError"):
        return _syntax(trace, kind, message, lines)
    removed = removal_hint(kind, message, "\n".join(lines))
    if removed is not None:
        return f"{shown}{_at(where)}: {removed}", "python_version"
    if kind == "ModuleNotFoundError":
        named = re.search(r"No module named '([^']+)'", message)
        module = named.group(1) if named else "?"
        return (
            f"{shown}{_at(where)}: the module '{module}' is not installed (missing from the "
            "declared dependencies?) or not importable from where the app starts",
            "missing_module",
        )
    if kind == "ImportError":
        hint = ""
        if re.search(r"from '(typing|collections\.abc|enum|datetime)'", message):
            hint = "; the code may need a newer Python than the image's"
        return f"{shown}{_at(where)}{hint}", "missing_module"
    if kind == "ValidationError" and re.search(r"validation errors? for", message):
        return _validation(trace.exception, shown, where)
    if kind == "SettingsError":
        return f"a setting has an invalid value: {shown}{_at(where)}", "bad_setting"
    if kind == "KeyError" and _reads_environ(trace, message):
        variable = message.strip().strip("'\"")
        return (
            f"the environment variable {variable} is not set ({shown} from os.environ{_at(where)})",
            "missing_setting",
        )
    text = "\n".join(trace.exception)
    if _UNREACHABLE.search(text) or kind in ("ConnectionRefusedError", "ConnectionError"):
        target = _host_port(text)
        return (
            f"a service it needs is unreachable{f' at {target}' if target else ''}: "
            f"{shown}{_at(where)} (the grader starts the app alone, with no network)",
            "service_unreachable",
        )
    for pattern in _ENV_MISSING:
        found = pattern.search(text)
        if found:
            return (
                f"the setting {found.group('name')} is not set: {shown}{_at(where)}",
                "missing_setting",
            )
    library = _library_raising(trace, kind)
    if library is not None:
        return (
            f"{shown}{_at(where)}: raised inside the library {library}; two of its libraries "
            "may not fit together at the releases installed (a dependency left unpinned, newer "
            "than the code was written for)",
            "library_mismatch",
        )
    return f"{shown}{_at(where)}", "other"


_SITE_PACKAGE = re.compile(r"/(?:site|dist)-packages/([A-Za-z_][\w]*)")


def _library_raising(trace: _Traceback, kind: str) -> str | None:
    """The installed package whose own code raised an AttributeError or TypeError (tortoise
    calling `Connection.start()`, which aiosqlite 0.22 no longer has: fresh bw53-01)."""
    if kind not in ("AttributeError", "TypeError") or not trace.frames:
        return None
    message = trace.exception[0]
    if _HANDED_VALUE.search(message):  # `include_router(todos)`: the module the code handed it
        return None
    found = _SITE_PACKAGE.search(trace.frames[-1][0])
    return found.group(1) if found else None


# A message about a value the submission handed the library: its own slip, not a mismatch.
_HANDED_VALUE = re.compile(
    r"module '|'(?:NoneType|str|int|dict|list|tuple|function|coroutine|bytes)' object"
)


def _syntax(trace: _Traceback, kind: str, message: str, lines: list[str]) -> tuple[str, str]:
    frames = [f for f in trace.frames if f[2] is None] or trace.frames[-1:]
    path, line, _, source = frames[-1] if frames else ("?", 0, None, "")
    shown = path.removeprefix("/app/")
    versions = [int(v) for v in _PYTHON_VERSION.findall("\n".join(lines))]
    image = f"3.{max(versions)}" if versions else "the image's"
    newer = next((label for pattern, label in _NEWER_SYNTAX if pattern.match(source)), None)
    if newer is not None:
        hint = f"{newer} needs Python 3.12 or newer; the grader's image runs Python {image}"
    else:
        hint = f"if it runs for the candidate, it may need a newer Python than {image}"
    code = f" in `{source}`" if source else ""
    return f"{kind} at {shown}:{line}: {message}{code}; {hint}", "syntax"


def _validation(block: list[str], shown: str, where: tuple[str, int] | None) -> tuple[str, str]:
    """pydantic (v1 and v2) settings errors: the fields that are missing or invalid."""
    missing: list[str] = []
    invalid: list[str] = []
    field: str | None = None
    for raw in block[1:]:
        if raw and not raw[0].isspace():
            field = raw.strip()
            continue
        text = raw.strip()
        if field is None or text.startswith("For further information"):
            continue
        if re.search(r"field required|type=missing|value_error\.missing", text, re.IGNORECASE):
            missing.append(field)
        else:
            invalid.append(f"{field} ({text.split('[', 1)[0].strip()})")
        field = None
    model = shown.rsplit(" for ", 1)[-1] if " for " in shown else "the settings"
    if missing:
        names = ", ".join(missing[:8])
        more = f"; also invalid: {', '.join(invalid[:4])}" if invalid else ""
        return (
            f"{model} is missing required setting(s) {names} (set by environment variables "
            f"of those names; {shown}){more}{_at(where)}",
            "missing_setting",
        )
    if invalid:
        return (
            f"{model} has invalid setting(s): {', '.join(invalid[:6])} ({shown}){_at(where)}",
            "bad_setting",
        )
    return f"{shown}{_at(where)}", "other"


def _reads_environ(trace: _Traceback, message: str) -> bool:
    for path, _, func, source in trace.frames[-3:]:
        if "environ" in source or (func == "__getitem__" and path.endswith(("os>", "os.py"))):
            return True
    return bool(re.fullmatch(rf"['\"]{_ENV_NAME}['\"]", message.strip()))


def _host_port(text: str) -> str | None:
    for pattern in _HOST_PORT:
        found = pattern.search(text)
        if found:
            port = found.groupdict().get("port")
            return f"{found.group('host')}:{port}" if port else found.group("host")
    return None


def _without_traceback(lines: list[str], evidence: str) -> StartupFailure:
    for raw in reversed(lines):
        loading = _UVICORN_LOAD.search(raw)
        if loading:
            what = loading.group("what").strip()
            category = "app_not_found" if "Attribute" in what else "missing_module"
            return StartupFailure(
                _one_line(f"uvicorn could not load the app: {what}"), category, evidence
            )
    errors = [
        raw.strip()
        for raw in lines
        if re.match(r"^(?:ERROR|CRITICAL)[:\s]", raw)
        or re.search(r"\b\w*Error\b:|\[Errno -?\d+\]|can't open file|command not found", raw)
    ]
    if errors:
        reason = errors[-1]
        if _UNREACHABLE.search(reason):
            target = _host_port(reason)
            return StartupFailure(
                _one_line(
                    f"a service it needs is unreachable{f' at {target}' if target else ''}: "
                    f"{reason} (the grader starts the app alone, with no network)"
                ),
                "service_unreachable",
                evidence,
            )
        return StartupFailure(_one_line(reason), "other", evidence)
    printed = [raw.strip() for raw in lines if raw.strip()]
    if not printed:
        return StartupFailure("the app printed nothing", "other", evidence)
    last = printed[-1]
    if "Waiting for application startup" in last:
        return StartupFailure(
            "start-up never completed: the app's lifespan or startup handler did not return "
            "(its last line: 'Waiting for application startup.')",
            "stalled",
            evidence,
        )
    if "Application startup complete" in last or "Uvicorn running on" in last:
        return StartupFailure(
            _one_line(f"uvicorn reported it was up ('{last}') but the port never answered"),
            "stalled",
            evidence,
        )
    return StartupFailure(_one_line(f"no error printed; its last line: {last}"), "other", evidence)
