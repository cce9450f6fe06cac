"""What each server adds to a warm grading (target: at most 15 s): for each submission under
tests/fixtures/services/, its image is built once (warm), then its servers are started and
health-checked (`start_services`), its migrations run (`run_migrations`), and everything removed,
a few times; the median of each is printed per kind of server.

    python -m benchmarks.services_bench --base-image grader-base:bookworm

Timings are printed, never asserted: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from grader.discovery import discover
from grader.events import ignore_events
from grader.grading import Grading
from grader.intake import intake
from grader.phases.build import build_phase
from grader.phases.context import RunContext
from grader.phases.services import run_migrations, start_services
from grader.pipeline import new_context
from grader.sandbox.engine import Engine, connect
from grader.sandbox.sweep import remove_run
from grader.settings import GradeSettings
from grader.version import VERSION

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "services"
RESULTS = ROOT / "bench-results"
TARGET_SECONDS = 15.0


def _context(folder: Path, workspace: Path, engine: Engine, settings: GradeSettings) -> RunContext:
    workspace.mkdir(parents=True)
    submission = intake(folder, workspace)
    grading = Grading(ignore_events, VERSION)
    run_id = f"bench{uuid.uuid4().hex[:7]}"
    return new_context(grading, settings, submission, discover(submission.root), engine, run_id)


def measure(name: str, settings: GradeSettings, rounds: int) -> dict[str, object]:
    engine = connect()
    workspace = Path(tempfile.mkdtemp(prefix="grader-bench-"))
    try:
        ctx = _context(FIXTURES / name, workspace / "ws0", engine, settings)
        build_phase(ctx)  # the image, once: warm gradings reuse the wheelhouse
        servers: list[float] = []
        total: list[float] = []
        kinds = ""
        for round_ in range(rounds):
            run = _context(FIXTURES / name, workspace / f"ws{round_ + 1}", engine, settings)
            run.sandbox.image = ctx.sandbox.image
            began = time.monotonic()
            try:
                started = start_services(run)
                servers.append(time.monotonic() - began)
                run_migrations(run, started)
                total.append(time.monotonic() - began)
                kinds = "+".join(s.kind for s in started.services)
            finally:
                remove_run(engine, run.run_id)
        remove_run(engine, ctx.run_id)
        return {
            "fixture": name,
            "servers": kinds,
            "start_seconds": round(statistics.median(servers), 2),
            "with_migrations_seconds": round(statistics.median(total), 2),
        }
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-image", default="grader-base:bookworm")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--fixtures", nargs="*", default=sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
    )
    args = parser.parse_args()
    settings = GradeSettings(base_image=args.base_image)
    rows = [measure(name, settings, args.rounds) for name in args.fixtures]
    print(f"{'fixture':<20}{'servers':<18}{'start':>8}{'+migrate':>10}")
    for row in rows:
        print(
            f"{row['fixture']!s:<20}{row['servers']!s:<18}{row['start_seconds']!s:>8}"
            f"{row['with_migrations_seconds']!s:>10}"
        )
    worst = max(float(str(row["with_migrations_seconds"])) for row in rows)
    print(f"services add at most {worst:.1f} s to a warm grading (target <= {TARGET_SECONDS:.0f})")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "services.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
