"""Rules observed by the conformance and dynamic security probes (probes/conformance.py,
probes/security_probe.py): one CONF-<SCENARIO> rule per reference scenario, CONF-VARIANT for the
tolerated differences, and SEC-DYN-* for weaknesses a request confirmed.

A scenario rule carries a red flag only where a failure is evidence of it (a write accepted
without credentials, another user's record served); such rules need proof, so the flag policy
drops the flag when the failing reply was not a 2xx, since a crash is a bug, not the weakness.
"""

from __future__ import annotations

from grader.checks.registry import confirms, declare
from grader.models import RedFlag, Severity
from probes.conformance_results import SCENARIO_TITLES

SOURCE = "conformance"
_SECURITY, _PERFORMANCE = RedFlag.SECURITY_OVERSIGHTS, RedFlag.PERFORMANCE_IGNORANCE

# scenario id -> (red flag, severity, why it matters); anything absent is (None, MINOR, ...).
_SCENARIO_RULES: dict[str, tuple[RedFlag | None, Severity, str]] = {
    "resource": (None, Severity.MAJOR, "The assignment's main resource could not be found."),
    "authentication": (
        _SECURITY,
        Severity.MAJOR,
        "The assignment asks for authentication; without it every record is public.",
    ),
    "login": (None, Severity.MINOR, "A client following the schema cannot get a token."),
    "create": (None, Severity.MAJOR, "Creating a record is the core of the assignment."),
    "read": (None, Severity.MAJOR, "A created record must be readable by its id."),
    "update": (None, Severity.MAJOR, "Updating a record is part of the CRUD asked for."),
    "list": (None, Severity.MAJOR, "The list must show what was created."),
    "delete": (None, Severity.MAJOR, "A deleted record must be gone."),
    "invalid-missing-field": (
        _SECURITY,
        Severity.MINOR,
        "Missing input validation: malformed records get stored.",
    ),
    "invalid-wrong-type": (
        _SECURITY,
        Severity.MINOR,
        "Missing input validation: wrongly typed values get stored.",
    ),
    "invalid-null-update": (
        _SECURITY,
        Severity.MINOR,
        "Missing input validation: an update can blank a field the record requires.",
    ),
    "unauthenticated-write": (
        _SECURITY,
        Severity.MAJOR,
        "Anyone can write without logging in.",
    ),
    "unauthenticated-read": (
        _SECURITY,
        Severity.MAJOR,
        "A user's private records are served without credentials.",
    ),
    "other-user-read": (
        _SECURITY,
        Severity.CRITICAL,
        "Broken access control: a user reads another user's record.",
    ),
    "other-user-write": (
        _SECURITY,
        Severity.CRITICAL,
        "Broken access control: a user edits another user's record.",
    ),
    "other-user-delete": (
        _SECURITY,
        Severity.CRITICAL,
        "Broken access control: a user deletes another user's record.",
    ),
    "pagination-supported": (
        _PERFORMANCE,
        Severity.MINOR,
        "An unpaginated list grows without bound with the data.",
    ),
    # Accepting a negative bound is a validation gap, not evidence about how the code scales:
    # security's "missing input validation" (blind authors who met it called it that), a
    # supporting finding that never raises the flag alone (scoring/policy.py).
    "pagination-negative-limit": (
        _SECURITY,
        Severity.MINOR,
        "A negative limit is not rejected: the bounds are not validated.",
    ),
    "pagination-huge-limit": (
        _PERFORMANCE,
        Severity.MINOR,
        "Any page size is served: one request can ask for the whole table.",
    ),
    "pagination-negative-offset": (
        _SECURITY,
        Severity.MINOR,
        "A negative offset is not rejected: the bounds are not validated.",
    ),
    "comment-create": (None, Severity.MAJOR, "Comments on posts are part of the blog assignment."),
}


_SCENARIO_CONFIRMS = {
    "authentication": (confirms("SEC-UNAUTHENTICATED-WRITES", "any"),),
    "pagination-supported": (confirms("PERF-UNBOUNDED-LIST", "near"),),
}


def scenario_rule_code(scenario_id: str) -> str:
    return f"CONF-{scenario_id.upper()}"


def _declare_scenarios() -> None:
    for sid, title in SCENARIO_TITLES.items():
        flag, severity, why = _SCENARIO_RULES.get(
            sid, (None, Severity.MINOR, "The API departs from the reference contract here.")
        )
        doc = (
            f"Checks that {title[0].lower() + title[1:]} (conformance scenario `{sid}`).\n\n"
            f"Why it matters: {why}\n\n"
            "The finding carries the request and a curl line (reference_specs/ lists the "
            "scenarios of each assignment)."
        )
        declare(
            scenario_rule_code(sid),
            flag,
            severity,
            title,
            SOURCE,
            doc,
            observes=f"scenario:{sid}",
            confirms=_SCENARIO_CONFIRMS.get(sid, ()),
            needs_proof=flag is not None,
        )


_declare_scenarios()
declare(
    "CONF-VARIANT",
    None,
    Severity.INFO,
    "The API differs from the reference contract in tolerated ways",
    SOURCE,
    "Reported, not punished: a path prefix, PATCH for updates, 200 on create or delete, a JSON "
    "login, another id field name. The detail lists each variant.",
)
declare(
    "CONF-BODY-ASSUMED",
    None,
    Severity.INFO,
    "Request bodies the schema does not document were guessed from the code",
    SOURCE,
    "The app's schema shows writes without a body because their handlers read the body by hand "
    "(`await request.json()`, `data: dict`). The probes sent, as JSON, the keys each handler "
    'reads (`data["title"]` required, `data.get("done")` optional), typed as the '
    "assignment's reference contract types that field. The detail lists each operation. Listed, "
    "never charged: the missing documentation and validation are other rules' findings.",
)
declare(
    "CONF-APP-BROKEN",
    None,
    Severity.INFO,
    "The app stayed broken after an invalid request, until the grader restarted it",
    SOURCE,
    "A list read that worked during the scenarios crashed or hung once the invalid-input "
    "scenarios (run last for this reason) had been sent: typically a crash that leaked a "
    "database connection still holding its write lock. The grader restarts the app (files "
    "and SQLite file afresh) so that the load test measures the app, not the damage. Listed, "
    "never charged: the invalid input's own scenario is the finding.",
)
declare(
    "CONF-UNVERIFIED",
    None,
    Severity.INFO,
    "Some scenarios could not be checked: the probe was not let in",
    SOURCE,
    "The probe's credentials were refused where a scenario expected an answer about the data "
    "(create, read, list...), or the app's rate limit answered 429 after the grader's own "
    "requests. That is the probe failing to get through, not the app failing the scenario: "
    "those scenarios are listed, never charged.",
)
declare(
    "SEC-DYN-PASSWORD-EXPOSED",
    _SECURITY,
    Severity.CRITICAL,
    "A response exposes the password or its hash",
    SOURCE,
    "After signing up a fresh user, a reply (signup, login, a user or list read) held the "
    "plaintext password or a hash-like value in a field named for a password or hash (at any "
    "depth: a post's embedded author). Every route that leaks it is named; it is charged once."
    "\n\n"
    "Why it matters: hashes leak to every client and log; plaintext means no hashing at all.",
    observes="security:password_exposed",
    confirms=(confirms("SEC-PASSWORD-IN-RESPONSE", "any"),),
)
declare(
    "SEC-DYN-UNAUTHENTICATED-MUTATION",
    _SECURITY,
    Severity.MAJOR,
    "A write succeeds without credentials",
    SOURCE,
    "The app has authentication, yet a POST/PUT/PATCH/DELETE on a non-auth route answered 2xx "
    "without any credentials.",
    observes="security:unauthenticated_mutation",
    confirms=(confirms("SEC-UNAUTHENTICATED-WRITES", "any"),),
)
declare(
    "SEC-DYN-SQL-INJECTION",
    _SECURITY,
    Severity.CRITICAL,
    "A query parameter breaks out of its SQL string",
    SOURCE,
    "A quote or a `' OR '1'='1` in a search/filter parameter gave a server error or more rows "
    "than the clean query: the value is pasted into SQL.\n\n"
    "Use instead: bound parameters (`?`/`:name`) or the ORM's filters.",
    observes="security:sql_injection",
    confirms=(confirms("SEC-SQL-INJECTION", "any"),),
)
declare(
    "SEC-DYN-CORS-CREDENTIALS",
    _SECURITY,
    Severity.MAJOR,
    "Any origin may make credentialed requests",
    SOURCE,
    "A request with `Origin: http://evil.example` got Access-Control-Allow-Origin echoing it "
    "(or `*`) together with Access-Control-Allow-Credentials: true: any web page can act as the "
    "logged-in user.",
    observes="security:cors_credentials",
    confirms=(confirms("SEC-CORS-WILDCARD-CREDENTIALS", "any"),),
)
declare(
    "SEC-DYN-WEAK-JWT-KEY",
    _SECURITY,
    Severity.CRITICAL,
    "A JWT forged with a well-known key is accepted",
    SOURCE,
    "A token with the user's claims, signed with a guessable key (`secret`, `changeme`...), "
    "unsigned (`alg: none`) or signed with a random key, opened a protected route.\n\n"
    "Use instead: a long random key from the environment, and a pinned algorithm list.",
    observes="security:weak_jwt_key",
    confirms=(confirms("SEC-HARDCODED-SECRET", "any"),),
)
declare(
    "SEC-DYN-FORGED-TOKEN",
    _SECURITY,
    Severity.CRITICAL,
    "A token anyone can compute for any user is accepted",
    SOURCE,
    "The token the app issued is the user's name itself, or unsigned base64 of it (or of JSON "
    "naming them); "
    "a second user signed up, and the token computed from their name alone opened a protected "
    "route that refused a made-up token: whoever knows a username can act as that user.\n\n"
    "Use instead: a signed token (a JWT with a secret key) or a random session id kept "
    "server-side.",
    observes="security:forged_token",
)
