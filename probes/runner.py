"""The probe sidecar's command line: `python -m probes.runner fuzz ...`.

The grader reads only the JSON file this writes, so the file is written on every outcome, errors
included; the exit status is non-zero only for bad arguments (a refused base URL among them).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from probes.loopback import loopback_refusal
from probes.results import FuzzResult, SchemaSource, empty_result

EXIT_OK = 0
EXIT_BAD_ARGUMENTS = 2


def write_result(path: Path, result: FuzzResult) -> None:
    """Write atomically, so the grader never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(result, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def run_fuzz(args: argparse.Namespace) -> FuzzResult:
    """Authenticate, fuzz, and fold everything into one FuzzResult; exceptions become `error`."""
    started = time.monotonic()
    result = empty_result(cast(SchemaSource, args.schema_source))
    result["seed"] = args.seed
    try:
        # Imported here so that a broken sidecar image still produces a result file.
        import schemathesis

        from probes.auth import authenticate
        from probes.fuzz import FuzzSettings, fuzz, load_schema

        result["schemathesis_version"] = schemathesis.__version__
        schema = load_schema(args.schema)
        authentication = authenticate(schema.raw_schema, args.base_url, args.request_timeout)
        result["auth"] = authentication.result
        if args.auth_out is not None:
            # The load and conformance probes reuse these credentials instead of logging in again.
            args.auth_out.write_text(json.dumps({"headers": authentication.headers}))
        settings = FuzzSettings(
            base_url=args.base_url,
            seed=args.seed,
            max_examples=args.max_examples,
            request_timeout=args.request_timeout,
            budget_seconds=max(args.budget_seconds - (time.monotonic() - started), 0.0),
        )
        auth_paths = [authentication.result["register_path"], authentication.result["login_path"]]
        outcome = fuzz(schema, settings, authentication.headers, [p for p in auth_paths if p])
        result["operations_total"] = outcome.operations_total
        result["operations_tested"] = outcome.operations_tested
        result["cases"] = outcome.cases
        result["failures"] = outcome.failures
        result["failures_total"] = outcome.failures_total
        result["errors"] = outcome.errors
        result["truncated"] = outcome.truncated
    except Exception as exc:  # the file must say what went wrong instead of a traceback
        result["error"] = f"{type(exc).__name__}: {exc}"[:1000]
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def _positive(kind: Callable[[str], float | int]) -> Callable[[str], float | int]:
    def parse(text: str) -> float | int:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, got {text}")
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m probes.runner", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    fuzz = commands.add_parser("fuzz", help="fuzz the API described by an OpenAPI document")
    fuzz.add_argument("--schema", type=Path, required=True, help="OpenAPI document (JSON/YAML)")
    fuzz.add_argument("--base-url", required=True, help="the app, on loopback only")
    fuzz.add_argument("--out", type=Path, required=True, help="where to write the result JSON")
    fuzz.add_argument("--schema-source", choices=("served", "in_process"), default="served")
    fuzz.add_argument("--auth-out", type=Path, default=None, help="write the login headers here")
    fuzz.add_argument("--seed", type=int, default=0)
    fuzz.add_argument("--max-examples", type=_positive(int), default=25)
    fuzz.add_argument("--request-timeout", type=_positive(float), default=5.0)
    fuzz.add_argument("--budget-seconds", type=_positive(float), default=120.0)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    refusal = loopback_refusal(args.base_url)
    if refusal is not None:
        write_result(args.out, empty_result(args.schema_source, error=refusal))
        print(f"refused: {refusal}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    result = run_fuzz(args)
    write_result(args.out, result)
    summary = (
        f"fuzz: {result['cases']} cases, {len(result['failures'])} failures, "
        f"auth {result['auth']['scheme']} ok={result['auth']['ok']}, error={result['error']}"
    )
    print(summary, file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    # hypothesis keeps caches under ./.hypothesis; the sidecar's working directory is not ours.
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", tempfile.mkdtemp(prefix="probes-hyp-"))
    sys.exit(main())
