"""The environment a submission expects, read as data: what a reviewer would `cp .env.example .env`.

Variables come only from the submission's own example files, the `environment:` of its compose
file's app service and the `KEY=value` lines of its README's code blocks, never from the host. What
the grader then sets is planned here, as pure data: secrets (a name that says so, or a value that
is a placeholder for one) get fresh random values, process-count settings are forced to 1 (one
server process, or the probes and the loop monitor would see a pool of forking workers), the
interpreter's own variables are never passed. A variable that looks like a static API token (set by
the grader to a fresh value) lets the probes authenticate the way the README tells a user to.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from grader.discovery.compose import ComposeService, interpolate
from grader.discovery.facts import RequiredSetting
from grader.discovery.invented import InventedSetting, invent
from grader.discovery.readme_env import readme_assignments
from grader.discovery.secret_names import is_secret_name
from grader.discovery.tree import SourceTree, is_test_path

EXAMPLE_FILES = (".env.example", ".env.sample", ".env.template", "env.example", ".env.dist")
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]{0,63})\s*=\s*(.*?)\s*$")
_TOKEN_NAME = re.compile(
    r"^(?:[A-Z0-9]+_)*(API_KEY|API_TOKEN|AUTH_TOKEN|ACCESS_TOKEN|"
    r"BEARER_TOKEN|STATIC_TOKEN|APP_TOKEN|SERVICE_TOKEN|X_API_KEY)$"
)
_MAX_VARIABLES = 50
_MAX_VALUE = 500

RESERVED = re.compile(r"^(PATH|HOME|USER|SHELL|HOSTNAME|PWD|LD_.*|PYTHON.*)$")
_NOT_A_SECRET_VALUE = re.compile(
    r"^(?:[-+]?\d+(?:\.\d+)?[smhd]?|true|false|yes|no|on|off|none|null|"
    r"(?:HS|RS|ES|PS)\d{3}|EdDSA|bcrypt|argon2|sha\d+)$",
    re.IGNORECASE,
)
_FILL_IN = re.compile(r"^<[^<>\n]{1,80}>$")
_PLACEHOLDER = re.compile(
    r"^(?:x{3,}|\*{3,}|change[-_ .]?(?:me|it|this)\b.*|replace[-_ .]?(?:me|this)\b.*)$",
    re.IGNORECASE,
)
_PLACEHOLDER_WORDS = re.compile(
    r"change|replace|your|here|generate|random|insert|example|placeholder|dummy|fake|"
    r"some[-_]|my[-_]|super|<|>|xxx|\.\.\.",
    re.IGNORECASE,
)
_SECRET_WORDS_IN_VALUE = re.compile(r"secret|key|token|passw|salt", re.IGNORECASE)
_PROCESS_COUNT = re.compile(
    r"^(?:(?:UVICORN|GUNICORN|HYPERCORN|GRANIAN|WEB|APP|API|SERVER|HTTP)_)?"
    r"(?:WEB_CONCURRENCY|WORKERS|NUM_WORKERS|WORKER_COUNT|WORKERS_COUNT|N_WORKERS|"
    r"WORKERS_PER_CORE|MAX_WORKERS|PROCESSES|NUM_PROCESSES)$"
)
_FORCED_OFF = frozenset({"UVICORN_RELOAD", "RELOAD"})
# A data file the README places where a reviewer's machine has room (`/data/todo.db`): the
# container writes only /app, /tmp and /var/tmp, so the file moves to /tmp under its own name.
_DATA_FILE = re.compile(
    r"^(?P<scheme>sqlite(?:\+\w+)?:///)?(?P<path>/(?:[\w.-]+/)*(?P<name>[\w.-]+\."
    r"(?:db|sqlite3?|json|jsonl|csv)))(?P<query>\?.*)?$",
    re.IGNORECASE,
)
_WRITABLE_ROOTS = ("/app/", "/tmp/", "/var/tmp/")


@dataclass(frozen=True)
class EnvironmentPlan:
    """What the grader sets, as names: kept as given, given fresh random values, forced."""

    kept: dict[str, str] = field(default_factory=dict)
    secrets: tuple[str, ...] = ()
    forced: dict[str, str] = field(default_factory=dict)
    token: str | None = None  # the static-token variable, among `secrets`
    invented: tuple[InventedSetting, ...] = ()  # required, no value anywhere: made up
    blank: tuple[str, ...] = ()  # example variables with no value: left unset

    @property
    def names(self) -> list[str]:
        return sorted({*self.kept, *self.secrets, *self.forced, *(s.name for s in self.invented)})


def example_environment(
    tree: SourceTree, compose: ComposeService | None = None
) -> tuple[dict[str, str], list[str]]:
    """Variables and their example values, and the files they came from: the .env.example-like
    files first, then the compose app service's `env_file:` and `environment:`, then the
    README's env-like code blocks (grader/discovery/readme_env.py)."""
    variables: dict[str, str] = {}
    sources: list[str] = []
    names = list(EXAMPLE_FILES)
    if compose is not None:
        names += [f for f in compose.env_files if f not in names]
    for name in names:
        text = tree.read_text(name)
        if text is None:
            continue
        sources.append(name)
        for line in text.splitlines():
            match = _ASSIGNMENT.match(line)
            if match and len(variables) < _MAX_VARIABLES:
                variables.setdefault(match.group(1), _clean_value(match.group(2)))
    if compose is not None and compose.environment:
        sources.append(f"{compose.file} ({compose.name})")
        for key, raw in compose.environment.items():
            if len(variables) >= _MAX_VARIABLES or not re.fullmatch(r"[A-Za-z_]\w{0,63}", key):
                continue
            value = interpolate(raw, variables)
            if value is not None:
                variables.setdefault(key, value[:_MAX_VALUE])
    # Last: prose goes stale before the files the app reads do. A blank a .env.example leaves
    # (`DATABASE_URL=`) stays a blank for the grader to fill (a started server's URL), rather
    # than a README's `postgresql://user:password@localhost/db_name` of another era.
    documented, where = readme_assignments(tree)
    if where is not None:
        sources.append(where)
        for key, raw in documented:
            if len(variables) < _MAX_VARIABLES:
                variables.setdefault(key, _clean_value(raw))
    return variables, sources


def committed_env_names(tree: SourceTree, files: list[str]) -> frozenset[str]:
    """Names a committed `.env` (or a file a settings class names as its `env_file`) sets: the
    app reads those itself, so the grader neither needs nor may invent a value for them."""
    names: set[str] = set()
    for rel in files:
        for line in (tree.read_text(rel) or "").splitlines()[:2000]:
            match = _ASSIGNMENT.match(line)
            if match and _clean_value(match.group(2)):
                names.add(match.group(1))
    return frozenset(names)


def _clean_value(raw: str) -> str:
    """The value as the app would read it; a fill-in (`DB_USER=<your-database-user>`) is a
    blank the reader must fill, not a value: the grader fills it as it fills an empty one."""
    value = raw.strip()
    if value[:1] in ("'", '"') and value.count(value[0]) >= 2:
        value = value[1 : value.index(value[0], 1)]
    else:
        value = value.split(" #", 1)[0].strip()
    return "" if _FILL_IN.match(value) else value[:_MAX_VALUE]


def is_secret_placeholder(value: str) -> bool:
    """`changeme`, `<your-secret>`, `your-jwt-secret-here`: a value someone must replace."""
    text = value.strip()
    if not text or "://" in text:
        return False
    if _PLACEHOLDER.match(text):
        return True
    return bool(_SECRET_WORDS_IN_VALUE.search(text) and _PLACEHOLDER_WORDS.search(text))


def _is_secret(name: str, value: str) -> bool:
    if "://" in value or _NOT_A_SECRET_VALUE.match(value.strip()):
        return False
    return is_secret_name(name) or is_secret_placeholder(value)


def is_process_count(name: str) -> bool:
    return bool(_PROCESS_COUNT.match(name.upper()))


def plan_environment(
    example: dict[str, str],
    token_env: list[str],
    required: list[RequiredSetting] | None = None,
    sqlite: str | None = None,
) -> EnvironmentPlan:
    """Which variables the grader passes as given, replaces with fresh secrets, or forces; and
    which settings the code requires that no file gives a value, with the values it invents."""
    kept: dict[str, str] = {}
    secrets: list[str] = []
    forced: dict[str, str] = {}
    blank: list[str] = []
    token = token_env[0] if token_env else None
    for name, value in example.items():
        if RESERVED.match(name.upper()):
            continue
        if is_process_count(name):
            forced[name] = "1"
        elif name.upper() in _FORCED_OFF:
            forced[name] = "false"
        elif name == token or _is_secret(name, value):
            secrets.append(name)
        elif writable_data_file(value) != value.strip():
            forced[name] = writable_data_file(value)
        elif value.strip():
            kept[name] = value
        else:
            # `SMTP_PORT=` in an example is a blank to fill in, not a value: left unset, the
            # code's default applies (an empty string fails an int or an email field).
            blank.append(name)
    if token is not None and token not in secrets and not RESERVED.match(token):
        secrets.append(token)
    # A placeholder (`ALGORITHM="super-secret-algorithm"`) where the name says no secret
    # documents no value either: the field's type and name decide it, like an unset one.
    typed = {s.name: s.type for s in required or []}
    placeholders = {
        name
        for name in secrets
        if name != token
        and is_secret_placeholder(example[name])
        and (not is_secret_name(name) or typed.get(name) in ("int", "float", "bool"))
    }
    given = {**kept, **dict.fromkeys(set(secrets) - placeholders, "secret"), **forced}
    invented = [
        s
        for s in invent(list(required or []), given, sqlite)
        if not RESERVED.match(s.name.upper())
        and (s.name not in placeholders or s.value is not None)
    ]
    for setting in invented:
        if setting.name in secrets:
            secrets.remove(setting.name)
        if setting.name in blank:
            blank.remove(setting.name)
    return EnvironmentPlan(
        kept=kept,
        secrets=tuple(sorted(secrets)),
        forced=forced,
        token=token,
        invented=tuple(invented),
        blank=tuple(blank),
    )


def writable_data_file(value: str) -> str:
    """`value`, or, when it is a data file (`/data/todo.db`, `sqlite:////srv/app.db`) outside
    the places the container can write, the same file name under /tmp."""
    value = value.strip()
    found = _DATA_FILE.match(value)
    if found is None or found["path"].startswith(_WRITABLE_ROOTS):
        return value
    return f"{found['scheme'] or ''}/tmp/{found['name']}{found['query'] or ''}"


def token_variables(tree: SourceTree, example: dict[str, str]) -> list[str]:
    """Names of variables that hold a static API token, from example files and the code."""
    names = {name for name in example if _TOKEN_NAME.match(name)}
    for rel in tree.python_files:
        module = tree.parse_python(rel)
        if module is None:
            continue
        for node in ast.walk(module):
            for literal in _env_names(node):
                if _TOKEN_NAME.match(literal):
                    names.add(literal)
    return sorted(names)


def suite_defaults(tree: SourceTree) -> list[str]:
    """Variables the test suite gives a default of its own as its files are imported
    (`os.environ.setdefault("X", "3")` atop conftest.py): set from the example file instead,
    the suite would run with a value its author never had in the shell (fresh bw57-04: a limit
    of 5 logins where the test counts 3)."""
    names: set[str] = set()
    for rel in tree.python_files:
        module = tree.parse_python(rel) if is_test_path(rel) else None
        # Only what runs as the file is imported: a default set inside a fixture or a test
        # comes after the app has read its settings.
        for statement in module.body if module is not None else []:
            if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names |= {n for node in ast.walk(statement) if (n := _environ_default(node))}
    return sorted(names)


def _environ_default(node: ast.AST) -> str | None:
    """The name in `os.environ.setdefault("NAME", ...)` (or `environ.setdefault`)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return None
    owner = node.func.value
    named = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
    first = node.args[0] if node.args else None
    if node.func.attr != "setdefault" or named != "environ" or not isinstance(first, ast.Constant):
        return None
    return first.value if isinstance(first.value, str) else None


def _env_names(node: ast.AST) -> list[str]:
    """`os.getenv("X")`, `os.environ.get("X")`, `os.environ["X"]`, and settings fields `api_key`."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("getenv", "get") and isinstance(node.args[0].value, str):
            return [node.args[0].value]
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "environ"
    ):
        return [str(node.slice.value)]
    if isinstance(node, ast.ClassDef) and any(
        getattr(base, "id", getattr(base, "attr", "")) == "BaseSettings" for base in node.bases
    ):
        return [
            stmt.target.id.upper()
            for stmt in node.body
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
        ]
    return []
