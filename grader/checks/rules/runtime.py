"""Rules observed by running the submission: build, start and fuzzing.

They are declared here, documented once, and the phases that observe them build findings by code.
"""

from __future__ import annotations

from grader.checks.registry import confirms, declare
from grader.models import RedFlag, Severity

declare(
    "BUILD-DEPENDENCY-MISSING",
    None,
    Severity.CRITICAL,
    "A declared dependency cannot be installed",
    "build",
    "pip found no distribution for a requirement the submission declares.\n\n"
    "Why it matters: the reviewer cannot run the project at all.",
)
declare(
    "BUILD-FAILED",
    None,
    Severity.CRITICAL,
    "The project does not build",
    "build",
    "Installing the declared dependencies failed for another reason (the log tail is shown).",
)
declare(
    "BUILD-UVICORN-UNDECLARED",
    None,
    Severity.INFO,
    "uvicorn is not declared; the grader added it",
    "build",
    "The app needs an ASGI server to run; the grader adds uvicorn rather than fail the build.",
)
declare(
    "BUILD-IMPORT-UNDECLARED",
    None,
    Severity.MINOR,
    "A module the code imports is not declared; the grader installed it",
    "build",
    "The code imports a third-party module (not inside `try/except ImportError`, not under "
    "`if TYPE_CHECKING`) that no declared dependency provides, so the app cannot start from "
    "the declared requirements. The grader installs the distribution that provides it (the "
    "module's own name, or a reviewed table for names that differ: yaml is PyYAML, jose is "
    "python-jose), only when the package index has it and its wheel provides that module; "
    "the finding points at the import and names the package installed.\n\n"
    "Why it matters: a reviewer following the README hits a ModuleNotFoundError. It is a "
    "packaging slip, charged like an undeclared uvicorn: no red flag.",
)
declare(
    "START-NO-APP",
    None,
    Severity.CRITICAL,
    "No FastAPI application found",
    "start",
    "Discovery found no module-level FastAPI() instance and no factory returning one.",
)
declare(
    "START-ENV-INVENTED",
    None,
    Severity.INFO,
    "Required settings with no value given; the grader invented values",
    "start",
    "The code requires settings with no default (a pydantic-settings field without a value, "
    "`os.environ[...]`, `config(...)`), and no `.env.example`, compose environment or committed "
    "`.env` gives a value. The grader made values up from each field's type and name (a fresh "
    "random secret for keys and passwords, HS256 for a JWT algorithm, a plain number for a "
    "duration, false for a flag, the started server's host, port, user and database) and lists "
    "the names it invented, never a secret's value.\n\n"
    "Why it is only informational: an undocumented setting costs a reviewer time, which the "
    "documentation rules judge; the values are the grader's, so the app is graded as it runs.",
)
declare(
    "START-CRASHED",
    None,
    Severity.CRITICAL,
    "The app exits at start-up",
    "start",
    "The server process ended before answering; the last log lines show why.",
)
declare(
    "START-TIMEOUT",
    None,
    Severity.CRITICAL,
    "The app never answers",
    "start",
    "The server did not answer on its port within the start-up limit (an import that never "
    "returns, or a server bound to another port).",
)
declare(
    "LIMIT-MEMORY",
    None,
    Severity.MAJOR,
    "The app hit the memory limit",
    "start",
    "The kernel killed the app for exceeding the container's memory limit.",
)
declare(
    "DOCS-SCHEMA-NOT-SERVED",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MAJOR,
    "The OpenAPI schema is not served",
    "fuzz",
    "The app does not serve its OpenAPI document; the grader took it in-process instead.\n\n"
    "Why it matters: clients and reviewers cannot discover the API.",
)
declare(
    "FUZZ-SERVER-ERROR",
    None,
    Severity.MAJOR,
    "A request makes the server fail (5xx)",
    "fuzz",
    "A request valid enough to pass validation made the app answer 5xx.\n\n"
    "Why it matters: unhandled errors (a missing id, a bad type) should be 4xx with a reason.",
    observes="fuzz:server_error",
    one_per_place=True,  # one bad line answering 500 on three routes is one bug
    confirms=(confirms("CONF-", "request", prefix=True),),
)
declare(
    "FUZZ-EXTREME-INPUT-ERROR",
    None,
    Severity.MINOR,
    "A machine-extreme value makes the server fail (5xx)",
    "fuzz",
    "The app answered 5xx, and its traceback shows a value no client of a todo or blog API "
    "would plausibly send reached the storage or the hash unchecked: an integer beyond 64 bits "
    "(SQLite's OverflowError), one out of the column's range, a NUL byte in a password, text "
    "that is not valid Unicode.\n\n"
    "Why it is minor: the fuzzer finds this in nearly every submission, good or poor; it is a "
    "bound or a type constraint left out (`le=`, `max_length=`), not a handler that breaks on "
    "ordinary input, which FUZZ-SERVER-ERROR reports.",
    observes="fuzz:extreme_input_error",
    one_per_place=True,
)
declare(
    "FUZZ-SCHEMA-VIOLATION",
    None,
    Severity.MINOR,
    "A response does not match the app's own schema",
    "fuzz",
    "The status code or body disagrees with what the app's OpenAPI document promises.",
    observes="fuzz:schema_violation",
)
declare(
    "FUZZ-TIMEOUT",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MAJOR,
    "A request never completes",
    "fuzz",
    "A request did not answer within the per-request limit; the phase went on without it.",
    observes="fuzz:timeout",
)
declare(
    "FUZZ-AUTH-FAILED",
    None,
    Severity.INFO,
    "The grader could not log in through the API",
    "fuzz",
    "Registration or login through the routes the schema shows did not yield credentials, "
    "so protected operations were fuzzed without them.",
)
declare(
    "FUZZ-UNDOCUMENTED-CLIENT-ERROR",
    None,
    Severity.INFO,
    "A 4xx answer is not listed in the schema",
    "fuzz",
    "The app answered a client error (401, 404, 422...) that its OpenAPI document does not "
    "list, or lists with another media type (application/problem+json).\n\n"
    "Why it is only informational: FastAPI never lists 401 or 404 in a generated schema, so "
    "this says little about the candidate.",
    observes="fuzz:undocumented_client_error",
)
declare(
    "FUZZ-FORMAT-NIT",
    None,
    Severity.INFO,
    "A response value misses its string format",
    "fuzz",
    "A value in a response does not satisfy the `format` its schema declares, typically a naive "
    "datetime without a UTC offset for `date-time`.\n\n"
    "Why it is only informational: pydantic serialises naive datetimes this way by default; the "
    "app is typed, and clients parse the value fine.",
    observes="fuzz:format_nit",
)
declare(
    "FUZZ-SERVICE-UNREACHABLE",
    None,
    Severity.INFO,
    "A 500 came from a server the grading could not keep up",
    "fuzz",
    "The app's traceback for this 500 is a connection failure to its database or cache, and the "
    "grader's own check agrees that the server was missing or had stopped: the environment "
    "failed, not the candidate. Listed, never charged.",
    observes="fuzz:service_unreachable",
)
declare(
    "CONF-SERVICE-UNREACHABLE",
    None,
    Severity.INFO,
    "A scenario ended in a 500 from a server the grading could not keep up",
    "conformance",
    "The reference scenario failed with a 500 whose traceback is a connection failure to the "
    "app's database or cache, and the grader's own check agrees that the server was missing or "
    "had stopped: the scenario says nothing about the candidate. Listed, never charged.",
    observes="conformance:service_unreachable",
)
