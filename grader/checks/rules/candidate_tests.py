"""Testing gaps seen by running the candidate's own tests in the sandbox."""

from __future__ import annotations

from grader.checks.registry import confirms, declare
from grader.models import RedFlag, Severity

declare(
    "TESTS-NONE-RUN",
    RedFlag.TESTING_GAPS,
    Severity.MAJOR,
    "No test ran",
    "candidate_tests",
    "pytest collected no test in the submission.\n\n"
    "Why it matters: an API without tests cannot be changed safely.",
)
declare(
    "TESTS-FAILING",
    RedFlag.TESTING_GAPS,
    Severity.MAJOR,
    "The candidate's tests fail",
    "candidate_tests",
    "Some of the submission's own tests fail (or error) when run in a clean environment.",
)
declare(
    "TESTS-TAMPERED",
    RedFlag.TESTING_GAPS,
    Severity.CRITICAL,
    "Test outcomes are rewritten by a hook",
    "candidate_tests",
    "A test that really failed was reported as passed: a pytest hook in the submission rewrites "
    "outcomes. The grader reports the true outcome.",
)
declare(
    "TESTS-TIMEOUT",
    RedFlag.TESTING_GAPS,
    Severity.MAJOR,
    "The tests do not finish",
    "candidate_tests",
    "The test run exceeded its time limit and was stopped.",
)
declare(
    "TESTS-NO-ERROR-PATH",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "No test exercises an error response",
    "candidate_tests",
    "No request sent by the tests got a 4xx answer: only happy paths are tested.",
    # The run saw no 4xx at all: it proves the static reading that no test asserts one.
    confirms=(confirms("TESTS-HAPPY-PATH-ONLY", "any"),),
)
declare(
    "TESTS-NO-VALIDATION-PATH",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "No test sends a payload the API must refuse",
    "candidate_tests",
    "The app takes request bodies, the tests see error answers, yet no request they sent got a "
    "400 or 422: nothing checks that a malformed or incomplete payload is refused.\n\n"
    "Why it matters: validation is half of what the assignment asks of each write; untested, "
    "a model that accepts anything goes unnoticed. On the tune split of the blind corpus, every "
    "suite without such a test was one its author called a testing gap.",
)
declare(
    "TESTS-UNTOUCHED-OPERATIONS",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Some operations are never called by a test",
    "candidate_tests",
    "The tests send no request to some of the app's routes.",
)
declare(
    "TESTS-LOW-COVERAGE",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "The tests cover little of the app",
    "candidate_tests",
    "Line coverage of the app's own code by its tests is under 50%.",
)
declare(
    "TESTS-PASS-ON-BROKEN-APP",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "The tests still pass when every handler fails",
    "candidate_tests",
    "The suite passed, so the grader ran it again with every route handler of the app answering "
    "500 (a response, not an exception), and some tests that reached a handler still passed: "
    "they do not check what the app answers. Tests that never reach a handler (unit tests of "
    "services, a 401 from a middleware) are not judged. The policy grades the finding by the "
    "share of the tests calling the app that still passed.\n\n"
    "Why it matters: such a suite stays green whatever the API does; it would not catch a "
    "regression. Use instead: assert the exact status and the fields of the body.",
    observes="sabotage:still_passed",
    # Measured: the static reading that tests assert nothing a wrong answer would fail.
    confirms=(confirms("TESTS-HOLLOW", "any"),),
)
