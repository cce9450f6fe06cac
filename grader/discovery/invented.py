"""Values for settings the app requires but the repository documents nowhere, decided as data.

A reviewer who clones a repository whose settings class says `SECRET_KEY: str`, `ALGORITHM: str`,
`ACCESS_TOKEN_EXPIRE_MINUTES: int` with no default and no `.env.example` would make up values
and start the app; so does the grader, from the field's declared type and name only, and the
report lists every name it made up (never a secret's value) and why. Secrets, keys and passwords
get fresh random values; a JWT algorithm HS256; durations and counts a plain number; flags false;
a server's host, port, user and database the values of the server the grader starts (the host
and port are pointed at it, the user and database are created on it). A server's URL is left to
that plan (the grader writes one when it starts the server), unless SQLite's is the only database
driver the project declares (aiosqlite, or SQLAlchemy's own): then a SQLite file. Nothing is
invented for a type it cannot read (a nested model, an unknown class), so the app's own error
names what is missing.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from grader.discovery.facts import RequiredSetting
from grader.discovery.secret_names import is_secret_name
from grader.discovery.services import (
    DEFAULT_PORTS,
    DISPLAY_NAMES,
    is_url_name,
    kind_of_setting_name,
    part_of,
)

SECRET = None  # an invented value the grader draws fresh for each grading

_ALGORITHM = re.compile(r"(?:^|_)(?:ALGORITHM|ALGORITHMS|ALG)$")
_NUMBERS = (
    (re.compile(r"(?:^|_)(?:MINUTES|MINS|MIN)(?:_|$)"), "30"),
    (re.compile(r"(?:^|_)(?:HOURS|HRS|HOUR)(?:_|$)"), "24"),
    (re.compile(r"(?:^|_)(?:DAYS|DAY)(?:_|$)"), "7"),
    (re.compile(r"(?:^|_)(?:SECONDS|SECS|SEC|TTL|LIFETIME|MAX_AGE)(?:_|$)"), "3600"),
    (re.compile(r"(?:^|_)(?:EXPIRE|EXPIRES|EXPIRY|EXPIRATION)(?:_|$)"), "30"),
    (re.compile(r"(?:^|_)(?:ROUNDS|COST)$"), "12"),
    (re.compile(r"(?:^|_)PORT$"), "8000"),
)
_URL_TYPES = re.compile(r"\b(?:Any(?:Http)?Url|HttpUrl|AnyUrl|Url)\b")
_DSN_TYPES = re.compile(r"\b\w*Dsn\b")
_SECRET_TYPES = re.compile(r"\bSecret(?:Str|Bytes)\b")
_PLAIN_TYPE = re.compile(
    r"^(?:Optional\[)?\s*(str|int|float|bool|Path|EmailStr)\s*\]?(?:\s*\|\s*None)?$"
)
_COLLECTION = re.compile(
    r"^(?:Optional\[)?\s*(?:typing\.)?(list|List|set|Set|tuple|Tuple|dict|Dict)\b"
)


class InventedSetting(BaseModel):
    """A value the grader made up for a required setting nobody documents."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    value: str | None  # None: a fresh random secret, drawn per grading, never reported
    how: str  # what was given, in a few words, for the report
    source: str  # file:line of the field


def invent(
    required: list[RequiredSetting], given: dict[str, str], sqlite: str | None = None
) -> list[InventedSetting]:
    """Values for the required settings `given` has no (non-empty) value for; a server's URL
    (unless `sqlite`, the URL for an app whose only driver is SQLite's) and types the grader
    cannot read are left out (the app's own error then names them)."""
    invented: list[InventedSetting] = []
    for setting in required:
        if given.get(setting.name, "").strip():
            continue
        found = invent_one(setting, sqlite)
        if found is not None:
            invented.append(found)
    return invented


def invent_one(setting: RequiredSetting, sqlite: str | None = None) -> InventedSetting | None:
    name, kind = setting.name, setting.type
    upper = name.upper()

    def made(value: str | None, how: str) -> InventedSetting:
        return InventedSetting(name=name, value=value, how=how, source=setting.source)

    part = part_of(upper)
    if part is not None:
        return _server_part(setting, part[0], part[1])
    if _DSN_TYPES.search(kind):
        return None  # a server's URL: the services plan writes it when it starts the server
    server = kind_of_setting_name(upper, "relational")
    if is_url_name(upper) and server is not None:
        if server == "relational" and sqlite is not None and _PLAIN_TYPE.match(kind):
            return made(sqlite, f"{sqlite} (SQLite: the only database driver it declares)")
        return None
    if _SECRET_TYPES.search(kind):
        return made(SECRET, "a fresh random secret")
    if setting.choices:
        return made(setting.choices[0], f"{setting.choices[0]} (the first value its type allows)")
    plain = _PLAIN_TYPE.match(kind)
    base = plain.group(1) if plain else None
    number = next((value for pattern, value in _NUMBERS if pattern.search(upper)), None)
    if base == "bool":
        return made("false", "false")
    if base in ("int", "float"):  # a number is never a secret, whatever its name says
        value = number or "10"
        value = f"{value}.0" if base == "float" else value
        return made(value, value)
    collection = _COLLECTION.match(kind)
    if plain is None and collection is None and not _URL_TYPES.search(kind):
        # A nested model (`access_token: AccessToken`) is read from its own fields, or from
        # JSON under its name: a random string there fails the class, whatever the name says.
        return None
    if is_secret_name(upper):
        return made(SECRET, "a fresh random secret")
    if _ALGORITHM.search(upper):
        return made("HS256", "HS256")
    if collection is not None:
        return _collection(setting, collection.group(1).lower())
    if base == "str" and number is not None:
        return made(number, number)
    if _URL_TYPES.search(kind) or is_url_name(upper):
        return made("http://localhost:8000", "http://localhost:8000")
    if base == "EmailStr" or "EMAIL" in upper:
        return made("grader@example.com", "grader@example.com")
    if base == "Path" or re.search(r"(?:^|_)(?:DIR|PATH|FOLDER)$", upper):
        return made("/tmp", "/tmp")
    if base == "str":
        return made("grader", "grader")
    return None


def _server_part(setting: RequiredSetting, kind: str | None, part: str) -> InventedSetting:
    server = "the server's" if kind is None else f"the {DISPLAY_NAMES.get(kind, kind)} server's"
    values = {
        "host": ("localhost", f"{server} host name, pointed at it"),
        "port": (str(DEFAULT_PORTS.get(kind or "postgres", 5432)), f"{server} port"),
        "user": ("grader", f"grader ({server} user, created on it)"),
        "database": ("grader", f"grader ({server} database, created on it)"),
    }
    if part == "password":
        return InventedSetting(
            name=setting.name,
            value=SECRET,
            how=f"a fresh random password ({server})",
            source=setting.source,
        )
    value, how = values[part]
    return InventedSetting(name=setting.name, value=value, how=how, source=setting.source)


def _collection(setting: RequiredSetting, container: str) -> InventedSetting:
    """Pydantic reads a list from JSON (`[]`); pydantic 1 with a `parse_env_var` splits the raw
    value itself, so one plain element is what it can read."""
    if setting.custom_parse and container in ("list", "set", "tuple"):
        element = "http://localhost:8000" if _URL_TYPES.search(setting.type) else "grader"
        return InventedSetting(name=setting.name, value=element, how=element, source=setting.source)
    value = "{}" if container == "dict" else "[]"
    return InventedSetting(name=setting.name, value=value, how=value, source=setting.source)
