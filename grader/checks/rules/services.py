"""Rules observed while starting the servers a submission needs beside it (grader/phases/
services.py): a server the grader cannot provide here, and migrations that fail.

Neither raises a red flag. A server the grader cannot provide is the grader's limit, never the
candidate's fault: the start is skipped (the grading is partial) and the finding names the server
and the setting that would provide it. Failing migrations are the candidate's own, but they say
nothing about the six flags: the start fails with that reason, like a crash would.
"""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import Severity

declare(
    "SERVICE-UNAVAILABLE",
    None,
    Severity.INFO,
    "A server the app needs cannot be provided here",
    "start",
    "The app needs a server (MongoDB, Elasticsearch, RabbitMQ, ... or a database whose image "
    "is not built on this machine) that the grader cannot start, or the server did not become "
    "ready. The app was not started, so the phases that need it did not run: nothing is "
    "charged to the candidate. The finding names the server and the setting that would "
    "provide it (`services.images.<kind>` of the grader's settings, or `make service-images`).",
)
declare(
    "SERVICE-MIGRATION-FAILED",
    None,
    Severity.CRITICAL,
    "The database migrations fail",
    "start",
    "`alembic upgrade head`, run in the submission's own image against a fresh database made "
    "the way its configuration describes, failed or did not finish in time; the end of its "
    "output is shown, and the file:line of the migration that raised when there is one.\n\n"
    "Why it matters: a reviewer following the README cannot get a working database, so the "
    "app cannot serve its data.",
)
declare(
    "SERVICE-MIGRATION-NOT-RUN",
    None,
    Severity.INFO,
    "alembic.ini exists, but alembic is not a dependency: migrations not run",
    "start",
    "The repository configures Alembic (an alembic.ini), but alembic is not among the packages "
    "it installs, so its migrations cannot run: a leftover configuration, or an app that "
    "creates its tables itself. The grader starts the app without them; if the app needs the "
    "tables, its own errors show it.\n\n"
    "Why it is only informational: the start is what is graded; an undeclared migration tool "
    "costs a reviewer a step, which the documentation rules judge.",
)
