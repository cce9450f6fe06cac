"""Running one probe in the sidecar and reading back what it wrote, the same way for every probe.

Each probe bounds itself and always writes its JSON result file; the grader reads that file (never
the probe's console), validates it against the probe's TypedDict, and turns a missing or malformed
result into an error the phase reports.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from grader.sandbox.containers import read_file, sidecar_exec

RESULT_BYTES = 10 * 1024 * 1024
T = TypeVar("T")


def run_probe(
    sidecar: Any,
    argv: list[str],
    out: str,
    result_type: type[T],
    timeout: float,
    what: str,
    max_bytes: int = RESULT_BYTES,
) -> T:
    code, output = sidecar_exec(sidecar, argv, timeout)
    raw = read_file(sidecar, out, max_bytes)
    if raw is None:
        raise RuntimeError(f"the {what} wrote no result (exit {code}): {output[-300:]}")
    try:
        return TypeAdapter(result_type).validate_json(raw)
    except ValidationError as exc:
        raise RuntimeError(f"the {what}'s result is malformed: {exc}"[:400]) from None


def probe_reply(output: str) -> dict[str, Any]:
    """The one-line JSON reply of probes.ready (its last line); {} when there is none."""
    try:
        reply = json.loads(output.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {}
    return reply if isinstance(reply, dict) else {}
