"""`make bench`: per-phase seconds of real gradings, cold (nothing shared: no wheelhouse, no
remembered resolution) and warm, in one run; the build's two containers apart.

Timings are printed, never asserted: these machines are shared and noisy. Ratios measured in the
same run are what the notes report.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from grader import GradeSettings, Report, grade
from grader.models import PhaseName

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = ("todo_good", "notes_keyerror")
RESULTS = ROOT / "bench-results"


def _timed(sample: str, settings: GradeSettings) -> tuple[float, Report]:
    started = time.monotonic()
    report = grade(ROOT / "sample_submissions" / sample, settings)
    return time.monotonic() - started, report


# The last closing note's warm builds, with pip as the installer (before uv, issue 15).
PIP_WARM_BUILD = {"todo_good": 10.0, "notes_keyerror": 13.7}


def _row(label: str, wall: float, report: Report) -> dict[str, float | str]:
    row: dict[str, float | str] = {"run": label, "status": report.status.value, "total": wall}
    for phase in report.phases:
        row[phase.name.value] = phase.seconds
    for metric in ("fetch_seconds", "build_seconds"):
        value = report.metrics.get(metric)
        if isinstance(value, float | int):
            row[metric] = float(value)
    return row


def _throughput(report: Report) -> float:
    """Requests per second summed over the endpoints the load phase swarmed."""
    return sum(
        float(v)
        for k, v in report.metrics.items()
        if k.startswith("load.")
        and k.endswith(".rps")
        and ".c1." not in k
        and isinstance(v, float | int)
    )


def monitor_cost(settings: GradeSettings, sample: str, rounds: int = 2) -> None:
    """Throughput with the loop monitor divided by without it, alternating runs (target >= 0.97)."""
    on, off = [], []
    for _ in range(rounds):
        for monitored, bucket in ((True, on), (False, off)):
            run = settings.model_copy(update={"loop_monitor": monitored})
            wall, report = _timed(sample, run)
            bucket.append(_throughput(report))
            phases = {p.name: p.seconds for p in report.phases}
            print(
                f"{sample} monitor={'on ' if monitored else 'off'} rps={bucket[-1]:8.1f} "
                f"load+blocking={phases[PhaseName.LOAD] + phases[PhaseName.BLOCKING]:5.1f} s "
                f"total={wall:5.1f} s"
            )
    ratio = (sum(on) / len(on)) / max(sum(off) / len(off), 1e-9)
    print(f"monitor cost: throughput on/off = {ratio:.3f} (target >= 0.97)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-image", default="grader-base:bookworm")
    parser.add_argument("--samples", nargs="*", default=list(DEFAULT_SAMPLES))
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--no-monitor", action="store_true", help="skip the loop monitor's cost")
    args = parser.parse_args()
    warm = GradeSettings(base_image=args.base_image)
    cold = warm.model_copy(update={"wheelhouse": False})
    rows: list[dict[str, float | str]] = []
    for sample in args.samples:
        if not args.skip_cold:
            wall, report = _timed(sample, cold)
            rows.append(_row(f"{sample} cold", wall, report))
        _timed(sample, warm)  # primes the wheelhouse and the probe image
        wall, report = _timed(sample, warm)
        rows.append(_row(f"{sample} warm", wall, report))
    phases = [p.value for p in PhaseName]
    header = (
        f"{'run':<28}{'status':<10}" + "".join(f"{p[:9]:>10}" for p in phases) + f"{'total':>9}"
    )
    print(header)
    for row in rows:
        cells = "".join(f"{float(row.get(p, 0.0)):>10.1f}" for p in phases)
        print(f"{row['run']!s:<28}{row['status']!s:<10}{cells}{float(row['total']):>9.1f}")
    for sample in args.samples:
        by_run = {r["run"]: r for r in rows}
        warm_row, cold_row = by_run.get(f"{sample} warm"), by_run.get(f"{sample} cold")
        for row in (cold_row, warm_row):
            if row:
                print(
                    f"{row['run']}: build phase {float(row.get('build', 0.0)):.1f} s "
                    f"(fetch container {float(row.get('fetch_seconds', 0.0)):.1f} s, "
                    f"install container {float(row.get('build_seconds', 0.0)):.1f} s)"
                )
        if warm_row and cold_row:
            ratio = float(warm_row["total"]) / float(cold_row["total"])
            before = PIP_WARM_BUILD.get(sample)
            print(
                f"{sample}: warm/cold total = {ratio:.2f}, "
                f"warm build {float(warm_row['build']):.1f} s (target < 5"
                + (f"; {before:.1f} s with pip" if before else "")
                + f"), warm total {float(warm_row['total']):.1f} s (target <= 45)"
            )
    if not args.no_monitor:
        monitor_cost(warm, args.samples[0])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "phases.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
