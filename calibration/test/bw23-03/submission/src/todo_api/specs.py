"""Tiny clojure.spec-flavoured validation for request bodies.

A spec is a map of key -> (required?, predicate, message). `explain` returns
a map of key -> problem (empty when the data conforms). Unknown keys are
ignored, as with open maps; the data layer only ever reads known keys.
"""

import re

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")


def string_between(lo, hi):
    return lambda v: isinstance(v, str) and lo <= len(v.strip()) and len(v) <= hi


def is_bool(v):
    return isinstance(v, bool)


def is_username(v):
    return isinstance(v, str) and USERNAME_RE.match(v) is not None


CREDENTIALS = {
    "username": (True, is_username, "3-32 characters: letters, digits, _ . -"),
    "password": (True, string_between(8, 128), "a string of 8 to 128 characters"),
}

TODO = {
    "title": (True, string_between(1, 200), "a non-blank string of at most 200 characters"),
    "description": (False, string_between(0, 2000), "a string of at most 2000 characters"),
    "done": (False, is_bool, "true or false"),
}


def optional(spec):
    """The same spec with every key optional (for PATCH)."""
    return {k: (False, pred, msg) for k, (_, pred, msg) in spec.items()}


def explain(spec, data):
    problems = {}
    for k, (required, pred, msg) in spec.items():
        if k not in data:
            if required:
                problems[k] = "is required"
        elif not pred(data[k]):
            problems[k] = f"must be {msg}"
    return problems
