"""Batch throughput: submissions per hour with 1 and then 2 local workers, on the samples.

Each setting grades the same cohort into a fresh output folder (nothing reused), so the two runs
differ only in the worker count (the first setting also warms the pip cache and the probe image,
which flatters the later ones; pass --workers 1 1 2 to discard a warm-up). Printed, never
asserted: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from grader import GradeSettings
from grader.batch import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = ("notes_keyerror", "todo_good", "todo_missing_dep", "todo_poetry_factory")


def _cohort(samples: list[str], into: Path) -> Path:
    for sample in samples:
        shutil.copytree(
            ROOT / "sample_submissions" / sample,
            into / sample,
            ignore=shutil.ignore_patterns("__pycache__", "expected.toml"),
        )
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-image", default="grader-base:bookworm")
    parser.add_argument("--samples", nargs="*", default=list(DEFAULT_SAMPLES))
    parser.add_argument("--workers", nargs="*", type=int, default=[1, 2])
    parser.add_argument("--fuzz-max-examples", type=int, default=20)
    args = parser.parse_args()
    settings = GradeSettings(base_image=args.base_image, fuzz_max_examples=args.fuzz_max_examples)
    print(f"{'workers':>8}{'submissions':>13}{'failed':>8}{'seconds':>10}{'per hour':>10}")
    with tempfile.TemporaryDirectory(prefix="grader-batch-bench-") as tmp:
        cohort = _cohort(args.samples, Path(tmp) / "in")
        for workers in args.workers:
            out = Path(tmp) / f"out-{workers}"
            started = time.monotonic()
            outcome = run_batch(cohort, BatchOptions(out=out, workers=workers, settings=settings))
            seconds = time.monotonic() - started
            rate = 3600 * outcome.total / seconds
            print(
                f"{workers:>8}{outcome.total:>13}{outcome.failed:>8}{seconds:>10.1f}{rate:>10.1f}"
            )


if __name__ == "__main__":
    main()
