"""The lines of a README (and of a run comment standing in for one) that rules point a reviewer
at: a finding about something missing is easier to accept beside the sentence that admits it."""

from __future__ import annotations

import ast
import re

from grader.checks.registry import StaticContext
from grader.checks.rules.handlers import terminal_name
from grader.models import Location

# "I tested every endpoint manually in /docs", "tests: by hand with curl"
MANUAL_TESTING = re.compile(
    r"\b(tests?|tested|testing)\b.*\b(manual(ly)?|by hand|swagger|/docs|postman|curl|insomnia)\b"
    r"|\b(manual(ly)?|by hand)\b.*\b(tests?|tested|testing)\b",
    re.IGNORECASE,
)
# "## Tests", "## 🧪 Testing (Postman)", "### Running the tests"; not "# Blog API (test task)"
TESTING_HEADING = re.compile(
    r"^\s*#+\s*[^\w\s]*\s*(running\s+)?(the\s+)?(tests?|testing)\b", re.IGNORECASE
)
# "TODO", "ran out of time for a proper writeup", "coming soon" (capitals only for the markers:
# "Todo list API" is a title)
PLACEHOLDER_WORDS = re.compile(
    r"\b(TODO|TBD|WIP)\b|(?i:\b(coming soon|ran out of time|to be (written|added|done))\b)"
)
# Any word of testing: a README that says "pytest", "make test" or "tests/" has said something.
TESTING_WORDS = re.compile(r"\b(pytest|tox|nox|tests?|testing|tested)\b", re.IGNORECASE)
# "TODO: pagination, tests, docker", "Tests: coming soon": testing named as work still to do
TESTS_PENDING = re.compile(
    r"\b(TODO|TBD|WIP)\b.*\b(tests?|testing)\b"
    r"|\b(tests?|testing)\b.*(\b(TODO|TBD)\b|(?i:coming soon|to be (written|added|done)))"
)
RUN_COMMAND = re.compile(r"\b(uvicorn|fastapi (run|dev)|hypercorn|gunicorn)\b", re.IGNORECASE)
# "## Run", "## How to run", "### Getting started", "## Setup": where a README's instructions are
RUN_HEADING = re.compile(
    r"^\s*#+\s*[^\w\s]*\s*(how to\s+)?(run(ning)?|usage|getting started|quick\s*start|set\s*up"
    r"|install(ation|ing)?)\b",
    re.IGNORECASE,
)


def readme_line(
    ctx: StaticContext,
    pattern: re.Pattern[str],
    *,
    prose_only: bool = False,
    headings: bool = True,
) -> int | None:
    """The first README line matching `pattern`, a sentence before a heading: "I tested it by
    hand in /docs" says more than "## Tests". `prose_only` skips headings and list items (a
    "## TODO" list of future work is not a placeholder); `headings=False` skips headings only,
    list items coming after prose (a "- Tested manually with Postman" bullet is a sentence)."""
    if ctx.facts.readme is None:
        return None
    text = ctx.text(ctx.facts.readme)
    matching = [
        (number, line.lstrip().startswith(("#", "-", "*", "+")), _HEADING.match(line) is not None)
        for number, line in enumerate(text.splitlines(), start=1)
        if pattern.search(line)
    ]
    prose = [number for number, marked, _ in matching if not marked]
    if prose_only:
        pool = prose
    elif headings:
        pool = prose or [number for number, _, _ in matching]
    else:
        pool = prose or [number for number, _, heading in matching if not heading]
    return pool[0] if pool else None


# "## TODO", "## Future improvements", "### Next steps", "## Known limitations": work not done
_PENDING_HEADING = re.compile(
    r"^\s*#+\s*[^\w\s]*\s*(todo|to do|tbd|future\b|roadmap|next steps|not (yet )?(done|"
    r"implemented)|known (issues|limitations|gaps)|limitations|missing|improvements|"
    r"(if i had|with) more time)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#+\s")


def pending_tests_line(ctx: StaticContext) -> int | None:
    """A list item naming tests under a heading of work not done ("## TODO" then "- tests",
    "## Future improvements" then "- Add tests"): the README admitting there are none."""
    if ctx.facts.readme is None:
        return None
    pending = False
    for number, line in enumerate(ctx.text(ctx.facts.readme).splitlines(), start=1):
        if _HEADING.match(line):
            pending = bool(_PENDING_HEADING.match(line))
        elif pending and _LIST_ITEM.match(line) and TESTING_WORDS.search(line):
            return number
    return None


def testing_line(ctx: StaticContext) -> int | None:
    """Where the README says how the app was tested, when it says so: a sentence about testing
    by hand first, then tests named as work not done, then a bullet about testing by hand
    ("- Tested manually with Postman", tune bw58-04), else a Tests heading (a repository
    named `blog-api-test-task` in a clone command says nothing about testing)."""
    return (
        readme_line(ctx, MANUAL_TESTING, prose_only=True)
        or readme_line(ctx, TESTS_PENDING)
        or pending_tests_line(ctx)
        or readme_line(ctx, MANUAL_TESTING, headings=False)
        or readme_line(ctx, TESTING_HEADING)
    )


# Scripts that call a running server by hand: curl in a shell script, an .http file.
_SCRIPT_SUFFIXES = (".sh", ".bash", ".http", ".rest", ".ps1", ".bat")
_CALLS_THE_API = re.compile(
    r"\b(curl|wget|httpie|Invoke-RestMethod|Invoke-WebRequest)\b|^\s*(GET|POST|PUT|PATCH|DELETE)\s+\S",
    re.MULTILINE,
)
_MAX_SCRIPT_BYTES = 100_000


def manual_script(ctx: StaticContext) -> list[Location]:
    """A script beside the code that calls the API by hand (`smoke-test.sh` full of curl): the
    testing a submission without tests did instead. Marked at its first comment, which says what
    it is for, and at its first call (fresh bw39-02: the line a reviewer points at). Read as
    text, never run."""
    candidates = sorted(
        path
        for depth in ("*", "*/*")
        for path in ctx.root.glob(depth)
        if path.suffix.lower() in _SCRIPT_SUFFIXES and path.is_file() and not path.is_symlink()
    )
    for path in candidates:
        if path.stat().st_size > _MAX_SCRIPT_BYTES:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if _CALLS_THE_API.search(text) is None:
            continue
        lines = text.splitlines()
        comment = next(
            (
                n
                for n, line in enumerate(lines, 1)
                if line.lstrip().startswith(("#", "//", "REM")) and not line.startswith("#!")
            ),
            None,
        )
        first_call = next(n for n, line in enumerate(lines, 1) if _CALLS_THE_API.search(line))
        rel = path.relative_to(ctx.root).as_posix()
        script = Location(
            file=rel, line=comment or first_call, role="a script that calls the API by hand"
        )
        if comment is None or comment == first_call:
            return [script]
        return [script, Location(file=rel, line=first_call, role="its first call of the API")]
    return []


_LOOPBACK_URL = re.compile(r"^https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(?:/|$)")
_HTTP_CLIENTS = frozenset({"requests", "httpx", "urllib.request", "http.client"})
_HTTP_CALLS = frozenset(
    {"get", "post", "put", "patch", "delete", "request", "urlopen", "getresponse"}
)


def manual_python_script(ctx: StaticContext) -> list[Location]:
    """A Python script beside the code that calls the running server (`check_api.py` with
    `requests.post("http://localhost:8000/signup")`, a urllib smoke run): the testing done
    instead of tests. Marked at its first request (or its first call of a helper of its own
    that sends one) and at the server address it needs running. Read as an AST, never run."""
    for rel, module in sorted(ctx.trees()):
        name = rel.rsplit("/", 1)[-1]
        if name == "conftest.py" or (rel in ctx.facts.test_files and defines_tests(module)):
            continue
        found = calls_running_server(module)
        if found is None:
            continue
        url, call = found
        return [
            Location(file=rel, line=call, role="a script that calls the running server by hand"),
            Location(file=rel, line=url, role="the server it needs running"),
        ]
    return []


def loopback_url_line(module: ast.Module) -> int | None:
    """The first line naming this machine's server (`"http://localhost:8000"`)."""
    return next(
        (
            n.lineno
            for n in ast.walk(module)
            if isinstance(n, ast.Constant)
            and isinstance(n.value, str)
            and _LOOPBACK_URL.match(n.value)
        ),
        None,
    )


def calls_running_server(module: ast.Module) -> tuple[int, int] | None:
    """(the server's address, the first request) when the module sends HTTP requests with a
    client library to a server on this machine."""
    url = loopback_url_line(module)
    if url is None or not _imports_http_client(module):
        return None
    call = first_request(module)
    return None if call is None else (url, call)


def defines_tests(module: ast.Module) -> bool:
    """A module pytest would collect a test from: a module-level `test*` function, a `Test*`
    class or a unittest case. A `smoke_test.py` whose `main()` calls a running server defines
    none (fresh bw49-02): the name made it a test file, pytest finds nothing in it."""
    for node in module.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
            "test"
        ):
            return True
        if isinstance(node, ast.ClassDef) and (
            node.name.startswith("Test")
            or any((terminal_name(base) or "").endswith("TestCase") for base in node.bases)
        ):
            return True
    return False


def comment_testing_line(ctx: StaticContext) -> Location | None:
    """A comment or module docstring of the app's code that says the app was tested by hand
    ("TESTING PERFORMED MANUALLY WITH CURL" in a program header, fresh bw48-03): where a
    submission without a README admits it has no tests."""
    for rel in sorted(ctx.facts.python_files):
        if rel in ctx.facts.test_files:
            continue
        number = _comment_line(ctx, rel, MANUAL_TESTING)
        if number is not None:
            return Location(file=rel, line=number, role="the code's own word on testing")
    return None


def _imports_http_client(module: ast.Module) -> bool:
    for node in ast.walk(module):
        if isinstance(node, ast.Import) and any(a.name in _HTTP_CLIENTS for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "") in _HTTP_CLIENTS:
            return True
    return False


def first_request(module: ast.Module) -> int | None:
    """The first line that sends a request: an HTTP call outside the script's own helpers, or a
    call of a helper that sends one (`req("POST", "/users", ...)`); in a module of test
    functions, which nothing in it calls, the first HTTP call of any."""
    clients = _client_names(module)
    helpers = [
        f
        for f in ast.walk(module)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(isinstance(n, ast.Call) and _is_http_call(n, clients) for n in ast.walk(f))
    ]
    inside = {id(n) for f in helpers for n in ast.walk(f)}
    names = {f.name for f in helpers}
    lines = [
        n.lineno
        for n in ast.walk(module)
        if isinstance(n, ast.Call)
        and id(n) not in inside
        and (_is_http_call(n, clients) or terminal_name(n.func) in names)
    ]
    if not lines:
        lines = [
            n.lineno
            for n in ast.walk(module)
            if isinstance(n, ast.Call) and _is_http_call(n, clients)
        ]
    return min(lines, default=None)


def _client_names(module: ast.Module) -> set[str]:
    """Names bound to an HTTP client: the modules themselves, `s = requests.Session()`,
    `with httpx.Client() as client`."""
    names = {"requests", "httpx", "urllib", "http"}
    for node in ast.walk(module):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            if terminal_name(node.value) in _CLIENT_CLASSES:
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.withitem) and isinstance(node.context_expr, ast.Call):
            bound = node.optional_vars
            if terminal_name(node.context_expr) in _CLIENT_CLASSES and isinstance(bound, ast.Name):
                names.add(bound.id)
    return names


_CLIENT_CLASSES = frozenset({"Session", "Client", "AsyncClient", "HTTPConnection"})


def _is_http_call(call: ast.Call, clients: set[str]) -> bool:
    """`requests.post(...)`, `client.get(...)` on a client, `urlopen(...)`."""
    if isinstance(call.func, ast.Name):
        return call.func.id == "urlopen"
    if not isinstance(call.func, ast.Attribute) or call.func.attr not in _HTTP_CALLS:
        return False
    root: ast.expr = call.func.value
    while isinstance(root, ast.Attribute):
        root = root.value
    return isinstance(root, ast.Name) and root.id in clients


def instructions_line(ctx: StaticContext) -> int | None:
    """Where the README's instructions begin (a Run or Setup heading, else the first run
    command): what a reviewer reads to see that they stop before testing."""
    return readme_line(ctx, RUN_HEADING) or readme_line(ctx, RUN_COMMAND)


def run_comment(ctx: StaticContext) -> Location | None:
    """A comment or the module docstring of the entry module that says how to start the app:
    the only run instructions of a submission without a README."""
    app = ctx.facts.app
    number = _comment_line(ctx, app.file, RUN_COMMAND) if app is not None else None
    if app is None or number is None:
        return None
    return Location(file=app.file, line=number, role="the only run instructions")


def _comment_line(ctx: StaticContext, rel: str, pattern: re.Pattern[str]) -> int | None:
    """The first line of `rel`'s module docstring or of a `#` comment that matches `pattern`:
    what the code says of itself in prose."""
    try:
        lines = ctx.text(rel).splitlines()
    except OSError:
        return None
    docstring_end = _docstring_end(ctx, rel)
    for number, line in enumerate(lines, start=1):
        in_prose = number <= docstring_end or line.lstrip().startswith("#")
        if in_prose and pattern.search(line):
            return number
    return None


def _docstring_end(ctx: StaticContext, rel: str) -> int:
    tree = ctx.tree(rel)
    if tree is None or not tree.body:
        return 0
    first = tree.body[0]
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return first.end_lineno or first.lineno
    return 0
