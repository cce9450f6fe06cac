"""Whether a variable's name says it holds a secret: shared by the environment plan (which
example values get fresh random ones) and the invented settings (which get a random value)."""

from __future__ import annotations

_SECRET_WORDS = ("SECRET", "KEY", "TOKEN", "PASSWORD", "PASSWD", "PASS", "SALT", "PEPPER")
# The last word of a name that configures a secret rather than holding one:
# ACCESS_TOKEN_EXPIRE_MINUTES=30, JWT_SECRET_ALGORITHM=HS256, PASSWORD_MIN_LENGTH=8.
_QUALIFIERS = frozenset(
    {
        "EXPIRE",
        "EXPIRES",
        "EXPIRY",
        "EXPIRATION",
        "MINUTES",
        "MINS",
        "SECONDS",
        "SECS",
        "HOURS",
        "DAYS",
        "TIME",
        "TTL",
        "LIFETIME",
        "AGE",
        "TIMEOUT",
        "ALGORITHM",
        "ALGORITHMS",
        "ALG",
        "LENGTH",
        "LEN",
        "ROUNDS",
        "ITERATIONS",
        "COST",
        "URL",
        "URI",
        "HEADER",
        "NAME",
        "TYPE",
        "PREFIX",
        "FILE",
        "PATH",
        "DIR",
        "ENABLED",
        "ENABLE",
        "DISABLED",
        "REQUIRED",
        "LOCATION",
        "SCHEME",
        "SCHEMES",
        "ISSUER",
        "AUDIENCE",
        "SCOPE",
        "SCOPES",
        "MODE",
        "VERSION",
        "FIELD",
    }
)


def is_secret_name(name: str) -> bool:
    upper = name.upper()
    if not any(word in upper for word in _SECRET_WORDS):
        return False
    return upper.rsplit("_", 1)[-1] not in _QUALIFIERS
