"""Security oversights in how secrets are set: a key, token or password written in the code, or
a signing key that falls back to a literal when the environment does not set it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, terminal_name
from grader.discovery.modules import assigned
from grader.discovery.settings_classes import environment_read, is_settings_class
from grader.models import RedFlag, Severity

_SECRET_WORDS = frozenset(
    {
        "SECRET",
        "KEY",
        "TOKEN",
        "PASSWORD",
        "PASSWD",
        "PWD",
        "SECRETKEY",
        "APIKEY",
        "JWTSECRET",
        "SALT",
        "PEPPER",
    }
)
# A value the name says stands in for a secret in tests or examples (DEFAULT_TEST_PASSWORD of a
# factory, the DUMMY_HASH that evens out login timing) guards nothing.
_STAND_INS = frozenset({"TEST", "TESTS", "TESTING", "DUMMY", "FAKE", "EXAMPLE", "SAMPLE"})
_NOT_SECRET_SUFFIXES = frozenset(
    {"URL", "HEADER", "NAME", "TYPE", "PREFIX", "FIELD", "ALGORITHM", "ALG", "COOKIE", "PATH",
     "ENDPOINT", "LENGTH", "LEN", "ENV", "VAR", "FILE", "SCHEME", "EXPIRE", "EXPIRES", "MINUTES",
     "SECONDS", "HOURS", "DAYS", "TTL", "PATTERN", "REGEX", "KIND", "LABEL", "PARAM", "QUERY",
     "ROUNDS", "SIZE", "BYTES"}
)  # fmt: skip
_SECRET_MIN_LENGTH = 4  # "secret" is the classic one; the name filter keeps this precise


# SECRET_KEY, secretKey, kTokenSecret, APIKey: words split at underscores and at case changes
# (fresh bw49-02, a C++ habit, kept its signing key in `Config.kTokenSecret`).
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _secret_name(name: str) -> bool:
    words = [w.upper() for w in _NAME_WORDS.findall(name)]
    if not words or words[-1] in _NOT_SECRET_SUFFIXES or _STAND_INS & set(words):
        return False
    return words[-1] in _SECRET_WORDS or bool({"SECRET", "PASSWORD"} & set(words))


def _looks_secret(value: str, shortest: int = _SECRET_MIN_LENGTH, phrase: bool = False) -> bool:
    """A value that could be a key: long enough, not a path, URL or variable name; a phrase
    with spaces only where `phrase` (a name that says it is a secret: Express's `"keyboard cat"`,
    fresh bw65-01), since `PASSWORD_HINT = "at least 8 characters"` is a message."""
    if len(value) < shortest or (" " in value.strip() and not phrase):
        return False
    if value.startswith(("/", "http://", "https://", "sqlite", "postgres", "mysql")):
        return False
    return not re.fullmatch(r"[A-Z][A-Z0-9_]*", value)  # an env var's name, not its value


def _ends_in_secret(name: str) -> bool:
    """`JWT_SECRET`, `jwtSecret`, `COOKIE_SECRET`: the name's last word is SECRET (not
    `MISSING_SECRET_ERROR`, a message about one)."""
    words = _NAME_WORDS.findall(name)
    return bool(words) and words[-1].upper() == "SECRET"


@static_rule(
    "SEC-HARDCODED-SECRET",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "A secret is hard-coded in the source",
)
def hardcoded_secret(ctx: StaticContext) -> Iterable[Hit]:
    """A module-level SECRET/KEY/TOKEN/PASSWORD name is bound to a string literal, or a constant
    of a plain configuration class (`class Config: JWT_SECRET = "..."`) is; or, whatever its
    name, a module constant is the key a signing call is given (`hmac.new(K, ...)`,
    `jwt.encode(claims, SIGNER)`, `Fernet(K)`, `secret_key=K`).

    Why is this bad? Everyone with the code can forge tokens; it cannot differ per environment.
    Example: `SECRET_KEY = "s3cr3t-k3y"` / Use instead: `SECRET_KEY = os.environ["SECRET_KEY"]`.
    """
    keys = _signing_keys(ctx)
    for rel, module in app_trees(ctx):
        for node in _module_constants(module):
            targets, value = assigned(node)
            text = _literal_text(value)
            if text is None:
                continue
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                phrase = _ends_in_secret(target.id) or target.id in keys
                if not _looks_secret(text, phrase=phrase):
                    continue
                plain = isinstance(value, ast.Constant) and isinstance(value.value, str)
                written = "a string literal" if plain else "a literal"
                if _secret_name(target.id):
                    yield Hit(rel, node.lineno, f"{target.id} is {written} in the code.")
                elif target.id in keys:
                    yield Hit(
                        rel,
                        node.lineno,
                        f"{target.id} is {written} in the code, and it is the key "
                        f"{keys[target.id]} signs with.",
                    )


# Calls whose key argument signs or encrypts (position, keyword): a module constant passed
# there is a secret, whatever its name (fresh bw43-02 signs its tokens with `K = b"..."`).
_KEYED_CALLS: dict[str, tuple[int, str]] = {
    "hmac.new": (0, "key"),
    "hmac.HMAC": (0, "key"),
    "hmac.digest": (0, "key"),
    "jwt.encode": (1, "key"),
    "jwt.decode": (1, "key"),
    "Fernet": (0, "key"),
    "URLSafeTimedSerializer": (0, "secret_key"),
    "URLSafeSerializer": (0, "secret_key"),
    "TimestampSigner": (0, "secret_key"),
    "Signer": (0, "secret_key"),
}
_KEY_KEYWORDS = frozenset({"secret_key", "signing_key"})  # SessionMiddleware, auth backends


def _signing_keys(ctx: StaticContext) -> dict[str, str]:
    """Names passed as the key of a signing or encrypting call -> that call, as written."""
    found: dict[str, str] = {}
    for _, module in app_trees(ctx):
        # a module constant or one imported from another module; never a local variable
        constants = {
            target.id
            for stmt in _module_constants(module)
            for target in assigned(stmt)[0]
            if isinstance(target, ast.Name)
        } | {
            alias.asname or alias.name
            for stmt in module.body
            if isinstance(stmt, ast.ImportFrom)
            for alias in stmt.names
        }
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            called = ast.unparse(node.func)
            position, keyword = next(
                (v for k, v in _KEYED_CALLS.items() if called == k or called.endswith("." + k)),
                (-1, ""),
            )
            given = [k.value for k in node.keywords if k.arg == keyword or k.arg in _KEY_KEYWORDS]
            if 0 <= position < len(node.args):
                given.append(node.args[position])
            for value in given:
                if isinstance(value, ast.Name) and value.id in constants:
                    found.setdefault(value.id, called)
    return found


_DECODERS = frozenset({"fromhex", "unhexlify", "b64decode", "urlsafe_b64decode", "encode"})


def _literal_text(value: ast.expr | None) -> str | None:
    """The literal a value is written as: a string, bytes (`b"k3y"`), or a string decoded in
    place (`bytes.fromhex("6b1f...")`, `"k3y".encode()`, `base64.b64decode("...")`)."""
    if isinstance(value, ast.Constant):
        if isinstance(value.value, str):
            return value.value
        if isinstance(value.value, bytes):
            return value.value.decode("latin-1")
        return None
    if isinstance(value, ast.Call) and terminal_name(value.func) in _DECODERS:
        given = [*value.args[:1]]
        if isinstance(value.func, ast.Attribute):
            given.append(value.func.value)
        for part in given:
            if isinstance(part, ast.Constant) and isinstance(part.value, str | bytes):
                return _literal_text(part)
    return None


def _module_constants(module: ast.Module) -> Iterator[ast.stmt]:
    """The module's own statements, and those of its plain classes: a class of constants is
    configuration written as a class (Spring's `application.properties`, a `Config` object).
    A settings class is not (the environment overrides its defaults: SEC-SECRET-FALLBACK), nor a
    class with bases (a model's field default is no configuration)."""
    for node in module.body:
        yield node
        if not isinstance(node, ast.ClassDef) or is_settings_class(node):
            continue
        if all(isinstance(base, ast.Name) and base.id == "object" for base in node.bases):
            yield from node.body


def _signing_name(name: str) -> bool:
    """A key that signs or encrypts (tokens are forged with it), not a service's password."""
    words = {w for w in re.split(r"_+", name.upper()) if w}
    return _secret_name(name) and not words & {"PASSWORD", "PASSWD", "PWD"}


def _fallback(default: str) -> bool:
    """A default a signing key falls back to: any text but an empty one, however short (`"dev"`
    is the most guessable key of all: tune bw34-02)."""
    return _looks_secret(default, shortest=1)


def _env_fallback(value: ast.expr) -> tuple[str, str] | None:
    """(variable, literal) of `os.getenv("X", "literal")` / `os.environ.get("X", "literal")`."""
    read = environment_read(value)
    if read is None or not isinstance(read[1], ast.Constant):
        return None
    default = read[1].value
    return (read[0], default) if isinstance(default, str) else None


@static_rule(
    "SEC-SECRET-FALLBACK",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "A signing key falls back to a value written in the code",
)
def secret_fallback(ctx: StaticContext) -> Iterable[Hit]:
    """A signing key read from the environment, with a literal default when it is unset.

    Why is this bad? A deployment that forgets the variable signs tokens with a key everyone
    who has read the code knows, and nothing says so. Example: `SECRET_KEY = os.getenv(
    "SECRET_KEY", "dev-key")` / Use instead: `os.environ["SECRET_KEY"]`, or a random key per
    start (`secrets.token_urlsafe()`) when tokens need not survive a restart.
    """
    for rel, module in app_trees(ctx):
        reported: set[int] = set()
        for node in ast.walk(module):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                read = _env_fallback(node.value)
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if read and _fallback(read[1]) and any(map(_signing_name, [*names, read[0]])):
                    reported.add(node.value.lineno)
                    yield Hit(rel, node.lineno, f"{read[0]} falls back to a literal when unset.")
            elif isinstance(node, ast.Call) and node.lineno not in reported:
                # Anywhere else the variable's own name says what it holds: a value of a
                # configuration dict (`"jwtSecret": os.getenv("JWT_SECRET", "...")`), an argument.
                read = _env_fallback(node)
                if read and _fallback(read[1]) and _signing_name(read[0]):
                    reported.add(node.lineno)
                    yield Hit(rel, node.lineno, f"{read[0]} falls back to a literal when unset.")
            elif isinstance(node, ast.ClassDef) and is_settings_class(node):
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.AnnAssign)
                        and isinstance(stmt.target, ast.Name)
                        and _signing_name(stmt.target.id)
                        and isinstance(stmt.value, ast.Constant)
                        and isinstance(stmt.value.value, str)
                        and _looks_secret(stmt.value.value)
                    ):
                        yield Hit(
                            rel,
                            stmt.lineno,
                            f"{node.name}.{stmt.target.id} defaults to a literal when the "
                            "environment does not set it.",
                        )
