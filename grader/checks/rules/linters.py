"""Rules reported by ruff and mypy, run over the submission as data (grader/checks/linters.py).

Ruff's own codes are kept (`RUFF-S105`), so a reviewer can look them up; the few codes that
matter for a red flag are declared one by one with a severity, every other code of a family
is reported under the family's code. Security codes that misfire on good code (S105 on
`token_type = "bearer"`) stay informational: the AST rules make the precise call.
"""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import RedFlag, Severity

SOURCE = "lint"

# code -> (severity, title); the flag comes from the family.
RUFF_CODES: dict[str, tuple[Severity, str]] = {
    "S102": (Severity.MINOR, "exec() is used"),
    "S105": (Severity.INFO, "Possible hard-coded password (string assigned)"),
    "S106": (Severity.INFO, "Possible hard-coded password (keyword argument)"),
    "S107": (Severity.INFO, "Possible hard-coded password (default argument)"),
    "S301": (Severity.MINOR, "pickle loads untrusted data"),
    "S307": (Severity.MINOR, "eval() is used"),
    "S324": (Severity.INFO, "A weak hash function (md5, sha1) is used"),
    "S501": (Severity.MINOR, "TLS certificate checks are disabled"),
    "S506": (Severity.MINOR, "yaml.load without a safe loader"),
    "S602": (Severity.MINOR, "A subprocess runs through the shell"),
    "S605": (Severity.MINOR, "A process starts through the shell"),
    "S608": (Severity.INFO, "Possible SQL built from strings"),
    "ASYNC210": (Severity.MINOR, "A blocking HTTP call in an async function"),
    "ASYNC220": (Severity.MINOR, "A blocking process call in an async function"),
    "ASYNC221": (Severity.MINOR, "A blocking process call in an async function"),
    "ASYNC222": (Severity.MINOR, "A blocking process wait in an async function"),
    "ASYNC230": (Severity.MINOR, "Blocking file I/O in an async function"),
    "ASYNC251": (Severity.MINOR, "time.sleep in an async function"),
}
# family prefix -> (flag, severity of codes not listed above, title)
RUFF_FAMILIES: dict[str, tuple[RedFlag | None, Severity, str]] = {
    "S": (RedFlag.SECURITY_OVERSIGHTS, Severity.INFO, "ruff (bandit) security warning"),
    "ASYNC": (RedFlag.ASYNC_CONFUSION, Severity.INFO, "ruff async warning"),
    "ANN": (RedFlag.TYPE_HINT_AVOIDANCE, Severity.MINOR, "Missing type annotations (ruff ANN)"),
    "B": (None, Severity.INFO, "Likely bugs (ruff bugbear)"),
    "E9": (None, Severity.INFO, "Syntax errors (ruff E9)"),
    "F": (None, Severity.INFO, "Pyflakes warnings (unused or undefined names)"),
}


def ruff_family(code: str) -> str | None:
    """The declared family of a ruff code, longest prefix first (ASYNC before A...)."""
    for prefix in sorted(RUFF_FAMILIES, key=len, reverse=True):
        rest = code[len(prefix) :]
        if code.startswith(prefix) and (rest[:1].isdigit() or not rest):
            return prefix
    return None


for _prefix, (_flag, _severity, _title) in RUFF_FAMILIES.items():
    declare(
        f"RUFF-{_prefix}",
        _flag,
        _severity,
        _title,
        SOURCE,
        f"ruff's {_prefix} rules, run with the grader's settings (the candidate's are ignored).",
        second_opinion=True,
    )
for _code, (_severity, _title) in RUFF_CODES.items():
    _family = ruff_family(_code)
    declare(
        f"RUFF-{_code}",
        RUFF_FAMILIES[_family][0] if _family else None,
        _severity,
        _title,
        SOURCE,
        f"ruff {_code}: see https://docs.astral.sh/ruff/rules/ (run with the grader's settings).",
        second_opinion=True,
    )
declare(
    "MYPY-ERROR",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.INFO,
    "mypy reports type errors",
    SOURCE,
    "mypy (default strictness, the candidate's configuration ignored) finds errors in a file.\n\n"
    "Why it is only informational: mypy checks the hints a candidate wrote and skips untyped "
    "functions, so a typed codebase shows more errors than an untyped one; it says nothing "
    "about avoiding hints.",
    second_opinion=True,
)
