"""Security oversights in what the code keeps and shows: passwords, secrets, signing keys."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    added_terms,
    annotation_base,
    app_trees,
    functions,
    own_nodes,
    parameter_defaults,
    parameters,
    route_handlers,
    terminal_name,
)
from grader.discovery.model_fields import classes_of, declared_field
from grader.discovery.modules import assigned
from grader.discovery.settings_classes import environment_read, is_settings_class
from grader.models import RedFlag, Severity

_HASHING = re.compile(
    r"hash|crypt|argon|pbkdf|scrypt|sha\d|digest|encode_password|make_password|encrypt", re.I
)
_CONFIRM = re.compile(r"confirm|repeat|again|verify|check|new_password|old_password|\d$", re.I)
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
_RECORD_SUFFIXES = ("InDB", "DB", "Record", "Entity", "Row", "Table")
_RESPONSE_PASSWORD_FIELDS = frozenset({"password", "hashed_password", "password_hash", "passwd"})


def _password_name(name: str | None) -> bool:
    return name is not None and "password" in name.lower()


def _reads_raw_password(node: ast.expr) -> bool:
    """`body.password`, `password`, `data["password"]`, not wrapped in a hashing call."""
    if isinstance(node, ast.Attribute):
        return _password_name(node.attr) and not _HASHING.search(node.attr)
    if isinstance(node, ast.Name):
        return _password_name(node.id) and not _HASHING.search(node.id)
    if isinstance(node, ast.Subscript):
        key = node.slice
        return (
            isinstance(key, ast.Constant)
            and isinstance(key.value, str)
            and (_password_name(key.value) and not _HASHING.search(key.value))
        )
    return False


def _target_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return None if isinstance(node.value, ast.Name) and node.value.id == "self" else node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)
    return None


def _setters(ctx: StaticContext) -> set[str]:
    """Attributes written through a property setter (`@password.setter`): assigning one runs the
    setter's code, which may hash (a Rails-style `user.password = raw`)."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        for function in functions(module):
            for decorator in function.decorator_list:
                if (
                    isinstance(decorator, ast.Attribute)
                    and decorator.attr == "setter"
                    and isinstance(decorator.value, ast.Name)
                    and _HASHING.search(ast.unparse(function))
                ):
                    found.add(decorator.value.id)
    return found


def _stores(
    module: ast.Module, models: set[str], setters: frozenset[str] = frozenset()
) -> Iterator[tuple[int, str]]:
    """Where a raw password is written or compared: the line of the key or keyword itself, not
    the first line of a many-line record (tune bw34-04: `"password": password,` four lines
    into `newUser = {`)."""
    for node in ast.walk(module):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                name = _target_name(target)
                if isinstance(target, ast.Attribute) and target.attr in setters:
                    continue  # the property's setter hashes what it is given
                raw = _password_name(name) and _reads_raw_password(node.value)
                if raw or _pretend_hash_value(target, node.value):
                    yield node.lineno, f"{ast.unparse(target)} = {ast.unparse(node.value)}"
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                    and _password_name(key.value)
                    and _reads_raw_password(value)
                ):
                    yield key.lineno, f'{{"{key.value}": {ast.unparse(value)}}}'
        elif isinstance(node, ast.Call) and terminal_name(node.func) in models:
            for kw in node.keywords:
                if _password_name(kw.arg) and _reads_raw_password(kw.value):
                    call = f"{terminal_name(node.func)}({kw.arg}={ast.unparse(kw.value)})"
                    yield kw.lineno, call
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
            and _plain_comparison(node.left, node.comparators[0])
        ):
            yield node.lineno, ast.unparse(node)


_HOLDS_HASH = re.compile(r"hashed|password_hash|pw_hash", re.I)


def _pretend_hash_value(target: ast.expr, value: ast.expr) -> bool:
    """A name that says hash given the raw password with only literal text around it (the
    FastAPI SQL tutorial's `fake_hashed_password = user.password + "notreallyhashed"`, fresh
    bw50-02): what it holds is the password."""
    if not (isinstance(target, ast.Name) and _HOLDS_HASH.search(target.id)):
        return False  # `to_hash = "pepper:" + password` is what a real hash is given
    parts = added_terms(value)
    texts = [p for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str)]
    raw = [p for p in parts if _reads_raw_password(p)]
    return len(parts) > 1 and len(raw) == 1 and len(texts) == len(parts) - 1


def _plain_comparison(left: ast.expr, right: ast.expr) -> bool:
    """Both sides read passwords and neither is a confirmation field of the same form."""
    if not (_reads_raw_password(left) and _reads_raw_password(right)):
        return False
    texts = (ast.unparse(left), ast.unparse(right))
    return not any(_CONFIRM.search(t.split(".")[-1].strip("[]'\"")) for t in texts)


def _stored_models(ctx: StaticContext) -> set[str]:
    """Classes that persist rows (ORM tables, dataclasses), not Pydantic request schemas."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {terminal_name(b) for b in node.bases}
            table = any(k.arg == "table" for k in node.keywords)
            dataclass = any(terminal_name(d) == "dataclass" for d in node.decorator_list)
            orm = bases & {"Base", "DeclarativeBase", "Model", "Document"}
            if table or dataclass or orm or node.name.endswith(_RECORD_SUFFIXES):
                found.add(node.name)
    return found


@static_rule(
    "SEC-PLAINTEXT-PASSWORD",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.CRITICAL,
    "Passwords are stored or compared in plain text",
)
def plaintext_password(ctx: StaticContext) -> Iterable[Hit]:
    """A password from the request is stored or compared as-is, with no hashing call, or a
    function named for hashing returns it with only text around it (`"fakehashed" + password`).

    Why is this bad? One leaked database exposes every user's password, on every site they use.
    Example: `user.password = body.password` / Use instead: `user.password_hash = hasher.hash(...)`.
    """
    models, setters = _stored_models(ctx), frozenset(_setters(ctx))
    for rel, module in app_trees(ctx):
        for line, text in _stores(module, models, setters):
            yield Hit(rel, line, f"Plain-text password: `{text}`.")
        for function in functions(module):
            pretend = _pretend_hash(function)
            if pretend is not None:
                yield Hit(
                    rel,
                    pretend,
                    f"{function.name}() is named for hashing but returns the password itself "
                    "with only text around it: what it stores is the plain password.",
                )


def _pretend_hash(function: Function) -> int | None:
    """The return line of a function named for hashing a password whose every return is the
    password with literal text around it (the FastAPI tutorial's `fake_hash_password`: `return
    "fakehashed" + password`, tune bw30-05): no hashing call anywhere."""
    params = [a.arg for a in function.args.args if _password_name(a.arg)]
    if not _HASHING.search(function.name) or len(params) != 1:
        return None
    returns = [n for n in own_nodes(function) if isinstance(n, ast.Return)]
    if not returns or not all(r.value and _only_text_and(r.value, params[0]) for r in returns):
        return None
    return returns[0].lineno


def _only_text_and(node: ast.expr, name: str) -> bool:
    """`node` joins string literals to `name` and nothing else (`"fakehashed" + password`, an
    f-string). The password returned as it came is not counted: a validator of its length
    (`_bcrypt_limit`, tune bw35-05) hands it back unchanged by design."""
    if not isinstance(node, ast.BinOp | ast.JoinedStr):
        return False
    parts = list(ast.walk(node))
    allowed = (
        ast.Constant
        | ast.Name
        | ast.Load
        | ast.BinOp
        | ast.Add
        | ast.JoinedStr
        | ast.FormattedValue
    )
    return all(
        isinstance(p, allowed) and (not isinstance(p, ast.Name) or p.id == name) for p in parts
    ) and any(isinstance(p, ast.Name) for p in parts)


def _response_models(ctx: StaticContext) -> dict[str, tuple[str, int]]:
    """Model name -> the first route (file, line) that answers with it."""
    used: dict[str, tuple[str, int]] = {}
    for handler in route_handlers(ctx):
        exclude = handler.keyword("response_model_exclude")
        declared = handler.keyword("response_model")
        for expr in (declared, handler.node.returns if declared is None else None):
            if expr is None or exclude is not None:
                continue
            for sub in ast.walk(expr):
                if isinstance(sub, ast.Name | ast.Attribute):
                    name = terminal_name(sub)
                    if name is not None:
                        used.setdefault(name, (handler.file, handler.node.lineno))
            name = annotation_base(expr)
            if name is not None:
                used.setdefault(name, (handler.file, handler.node.lineno))
    return used


def _exposed_password(stmt: ast.AnnAssign, name: str) -> bool:
    """A password or hash field that a response would carry (not SecretStr, not excluded)."""
    return (
        name.lower() in _RESPONSE_PASSWORD_FIELDS
        and "SecretStr" not in ast.unparse(stmt.annotation)
        and not (stmt.value is not None and "exclude=True" in ast.unparse(stmt.value))
    )


def _password_fields(ctx: StaticContext) -> dict[str, tuple[str, int, str]]:
    """Class name -> (file, line, field) for classes declaring or inheriting a password field."""
    classes = classes_of(app_trees(ctx))
    result = {}
    for name in classes:
        found = declared_field(classes, name, _exposed_password)
        if found is not None:
            rel, stmt = found
            result[name] = (rel, stmt.lineno, ast.unparse(stmt.target))
    return result


@static_rule(
    "SEC-PASSWORD-IN-RESPONSE",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "A response model exposes a password field",
)
def password_in_response(ctx: StaticContext) -> Iterable[Hit]:
    """A route answers with a model that has a password (or password hash) field: at the field
    of a model made for answers, at the route when it answers with the stored record (which
    rightly holds the hash).

    Why is this bad? Every read of a user sends the password or its hash to the client.
    Use instead: a separate `UserOut` without the field.
    """
    fields = _password_fields(ctx)
    stored = _stored_models(ctx)
    for model, (route_file, route_line) in _response_models(ctx).items():
        if model not in fields:
            continue
        rel, line, field = fields[model]
        if model in stored:  # the stored record rightly holds the hash: the route is the slip
            yield Hit(
                route_file,
                route_line,
                f"This route answers with the stored record {model}, whose {field} "
                f"({rel}:{line}) is sent to clients.",
            )
        else:  # a model made for answers carries the field: the field is the slip
            yield Hit(
                rel,
                line,
                f"{model}.{field} is sent to clients (response of the route at "
                f"{route_file}:{route_line}).",
            )


# SECRET_KEY, secretKey, kTokenSecret, APIKey: words split at underscores and at case changes
# (fresh bw49-02, a C++ habit, kept its signing key in `Config.kTokenSecret`).
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _secret_name(name: str) -> bool:
    words = [w.upper() for w in _NAME_WORDS.findall(name)]
    if not words or words[-1] in _NOT_SECRET_SUFFIXES or _STAND_INS & set(words):
        return False
    return words[-1] in _SECRET_WORDS or bool({"SECRET", "PASSWORD"} & set(words))


def _looks_secret(value: str, shortest: int = _SECRET_MIN_LENGTH) -> bool:
    if len(value) < shortest or " " in value.strip():
        return False
    if value.startswith(("/", "http://", "https://", "sqlite", "postgres", "mysql")):
        return False
    return not re.fullmatch(r"[A-Z][A-Z0-9_]*", value)  # an env var's name, not its value


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
                if not (isinstance(target, ast.Name) and _looks_secret(text)):
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


_SIGNUP = re.compile(r"regist|sign_?up|sign-up|create_user|create_account|/users/?$", re.I)
_CONSTRAINTS = frozenset({"min_length", "pattern", "regex", "min_items"})
_CONSTRAINED_TYPES = frozenset({"constr", "StringConstraints"})


def _signup_handlers(ctx: StaticContext) -> list[Handler]:
    """Handlers that create a user account (POST on a register/signup/users route)."""
    return [
        h
        for h in route_handlers(ctx)
        if any(r.method.upper() == "POST" for r in h.routes)
        and (_SIGNUP.search(h.name) or any(_SIGNUP.search(r.path) for r in h.routes))
    ]


def _constrained(annotation: ast.expr, value: ast.expr | None) -> bool:
    """`Field(min_length=8)`, `constr(min_length=8)`, `Annotated[str, ...]` with a constraint."""
    for node in (annotation, value):
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.keyword) and sub.arg in _CONSTRAINTS:
                return True
            named = isinstance(sub, ast.Name | ast.Attribute) and terminal_name(sub)
            if named in _CONSTRAINED_TYPES:
                return True
    return False


def _length_checked(ctx: StaticContext) -> bool:
    """The code measures a password somewhere (`len(body.password) < 8`, a validator)."""
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            called = terminal_name(node.func)
            if called in {"len", "match", "fullmatch", "search"} and any(
                _password_name(ast.unparse(a)) for a in node.args
            ):
                return True
            if called in {"field_validator", "validator"} and any(
                _password_name(str(getattr(a, "value", ""))) for a in node.args
            ):
                return True
    return False


def _plain_password_field(_: ast.AnnAssign, name: str) -> bool:
    return _password_name(name) and not _HASHING.search(name) and not _CONFIRM.search(name)


@static_rule(
    "SEC-PASSWORD-UNCONSTRAINED",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "Sign-up accepts any password, even an empty one",
)
def password_unconstrained(ctx: StaticContext) -> Iterable[Hit]:
    """The body a sign-up route reads has a plain `str` password: no length, no pattern, and no
    check anywhere in the code.

    Why is this bad? An empty or one-letter password is accepted and then guessed. Example:
    `password: str` / Use instead: `password: str = Field(min_length=8)`.
    """
    handlers = _signup_handlers(ctx)
    if not handlers or _length_checked(ctx):
        return
    classes = classes_of(app_trees(ctx))
    reported: set[tuple[str, int]] = set()
    for handler in handlers:
        defaults = parameter_defaults(handler.node)
        for arg in parameters(handler.node):
            if arg.annotation is None:
                continue
            if _password_name(arg.arg) and terminal_name(arg.annotation) == "str":
                if not _constrained(arg.annotation, defaults.get(arg.arg)):
                    where = (handler.file, arg.lineno)
                    if where not in reported:
                        reported.add(where)
                        yield Hit(*where, f"{handler.name} takes `{arg.arg}: str` unchecked.")
                continue
            model = annotation_base(arg.annotation)
            found = declared_field(classes, model, _plain_password_field) if model else None
            if found is None:
                continue
            rel, field = found
            where = (rel, field.lineno)
            if _constrained(field.annotation, field.value) or where in reported:
                continue
            reported.add(where)
            name = ast.unparse(field.target)
            yield Hit(
                *where,
                f"{model}.{name}, the body of {handler.name}, is any string: no length or "
                "pattern, and no check in the code.",
            )


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


_FAST_HASHES = frozenset(
    {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
     "sha3_224", "sha3_256", "sha3_384", "sha3_512"}
)  # fmt: skip
_PASSWORD_TEXT = re.compile(r"passw|passwd|\bpwd\b|\bpw\b", re.I)


@static_rule(
    "SEC-WEAK-PASSWORD-HASH",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "Passwords are hashed with a fast, unsalted hash",
)
def weak_password_hash(ctx: StaticContext) -> Iterable[Hit]:
    """A password goes through md5/sha1/sha256... (`hashlib.sha256(password.encode())`), there
    or in a helper that hashes its parameter under another name (`def h(s): return
    hashlib.sha256(s.encode()).hexdigest()` called as `h(form.password)`).

    Why is this bad? Fast hashes are built to be computed billions of times a second: a leaked
    table gives up its passwords, and without a salt equal passwords share one hash.
    Use instead: bcrypt, argon2 or `hashlib.pbkdf2_hmac` with a random salt. Hashing a random
    token with sha256 is fine: this rule looks only at passwords.
    """
    for rel, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            hashed = _fast_hash_of(node)
            if hashed is not None and _PASSWORD_TEXT.search(ast.unparse(hashed)):
                yield Hit(rel, node.lineno, f"{ast.unparse(node)[:80]}: a fast hash of a password.")
    yield from _weak_hash_helpers(ctx)


def _fast_hash_of(call: ast.Call) -> ast.expr | None:
    """What a fast hash call hashes (`hashlib.sha256(x)`, `hashlib.new("md5", x)`), if it is one."""
    if not call.args:
        return None
    name = terminal_name(call.func)
    if name == "new" and isinstance(call.args[0], ast.Constant):
        return call.args[1] if len(call.args) > 1 and call.args[0].value in _FAST_HASHES else None
    return call.args[0] if name in _FAST_HASHES else None


def _weak_hash_helpers(ctx: StaticContext) -> Iterator[Hit]:
    """A project function that fast-hashes one of its parameters under another name (fresh
    bw43-02's `def h(s)`), called by its bare name with a password in that very parameter:
    the hash line is the weak password hash. A method of some object (`pwd_context.hash(...)`)
    is not the project's helper, and a password handed to another parameter is not hashed."""
    helpers: dict[str, tuple[str, ast.Call, int, str]] = {}
    for rel, module in app_trees(ctx):
        for function in functions(module):
            names = [a.arg for a in parameters(function)]
            for node in own_nodes(function):
                hashed = _fast_hash_of(node) if isinstance(node, ast.Call) else None
                if hashed is None or _PASSWORD_TEXT.search(ast.unparse(hashed)):
                    continue  # a password named in the call is the rule's own case
                used = [n.id for n in ast.walk(hashed) if isinstance(n, ast.Name) and n.id in names]
                if used and isinstance(node, ast.Call):
                    where = (rel, node, names.index(used[0]), used[0])
                    helpers.setdefault(function.name, where)
    reported: set[tuple[str, int]] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            helper = helpers.get(node.func.id)
            if helper is None:
                continue
            rel, hashing, position, parameter = helper
            given = [k.value for k in node.keywords if k.arg == parameter]
            given += node.args[position : position + 1]
            if not any(_PASSWORD_TEXT.search(ast.unparse(arg)) for arg in given):
                continue
            if (rel, hashing.lineno) in reported:
                continue
            reported.add((rel, hashing.lineno))
            yield Hit(
                rel,
                hashing.lineno,
                f"{ast.unparse(hashing)[:80]}: a fast hash, given a password by "
                f"{ast.unparse(node)[:60]} (line {node.lineno}).",
            )
