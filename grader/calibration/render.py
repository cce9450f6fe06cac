"""A readable rendering of a CalibrationResult: rich tables, rendered to plain text.

It reads only the result model, never a report or a label, so the text and the JSON always agree.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from grader.calibration.models import CalibrationResult, FlagStats
from grader.calibration.run import CaseFinished, ProgressEvent
from grader.models import RedFlag

Section = tuple[str, Table]


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _table(*columns: str, right: tuple[str, ...] = ()) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for name in columns:
        table.add_column(name, justify="right" if name in right else "left")
    return table


def _row(table: Table, *cells: str) -> None:
    """Cells are plain text: a case id or a label's `what` may contain [brackets]."""
    table.add_row(*(Text(cell) for cell in cells))


def _flags(flags: list[RedFlag]) -> str:
    return ", ".join(flag.value for flag in flags) or "-"


def _flag_table(title: str, rows: list[FlagStats]) -> Section:
    disputed = any(s.disputed for s in rows)  # only public repositories with a second opinion
    counts: tuple[str, ...] = ("TP", "FP", "FN", "TN", "n/a (true)", "n/a (false)")
    counts += ("precision", "recall", *(("disputed",) if disputed else ()))
    table = _table("flag", *counts, right=counts)
    for s in rows:
        numbers = (s.tp, s.fp, s.fn, s.tn, s.not_assessed_true, s.not_assessed_false)
        extra = (str(s.disputed),) if disputed else ()
        _row(table, s.flag.value, *map(str, numbers), _num(s.precision), _num(s.recall), *extra)
    return title, table


def _cases(result: CalibrationResult) -> Section:
    columns = ("case", "group", "status", "score", "quality", "raised", "FP", "FN", "n/a")
    table = _table(*columns, right=("score", "quality"))
    for row in result.cases:
        status = row.status + (" (reused)" if row.outcome == "reused" else "")
        _row(
            table,
            row.id,
            row.group,
            f"{status}: {row.reason}" if row.reason else status,
            _num(row.score, 1),
            str(row.quality) if row.quality is not None else "-",
            _flags(row.raised),
            _flags(row.false_positives),
            _flags(row.false_negatives),
            _flags(row.not_assessed),
        )
    return "Cases (FP, FN: flags raised wrongly, flags missed)", table


def _rules(result: CalibrationResult) -> Section:
    counts = ("fired", "cases", "in a correct flag", "in a wrong flag")
    table = _table("rule", "flag", *counts, right=counts)
    for rule in sorted(result.rules, key=lambda r: (-r.in_wrong_flag, -r.fired, r.rule)):
        numbers = (rule.fired, rule.cases, rule.in_correct_flag, rule.in_wrong_flag)
        _row(table, rule.rule, rule.flag.value, *map(str, numbers))
    return "Rules (findings with a flag)", table


def _evidence(result: CalibrationResult) -> Section:
    ev = result.evidence
    title = f"Evidence hit rate: {ev.hits}/{ev.total} ({_num(ev.rate)})"
    if ev.whole_file_hits:
        title += f", {ev.whole_file_hits} of them whole-file labels (line 1)"
    if ev.not_graded:
        title += f"; {ev.not_graded} more on cases without a report"
    table = _table("case", "flag", "at", "what", "nearest finding of that flag in that file")
    for miss in ev.misses:
        at = f"{miss.file}:{miss.line}"
        _row(table, miss.case, miss.flag.value, at, miss.what, miss.nearest or "-")
    return title + "; misses:", table


def _scores(result: CalibrationResult) -> Section:
    title = f"Score vs quality: Spearman {_num(result.spearman, 3)}"
    table = _table("quality", "scores (case)", right=("quality",))
    for grade, scores in sorted(result.scores_by_quality.items()):
        _row(table, str(grade), ", ".join(f"{s.score:.1f} ({s.case})" for s in scores) or "-")
    return f"{title} over {result.spearman_cases} scored cases", table


def _pairs(result: CalibrationResult) -> Section:
    table = _table("score", "case", "quality", "case", "quality")
    for p in result.same_score_pairs:
        _row(table, f"{p.score:.1f}", p.case_a, str(p.quality_a), p.case_b, str(p.quality_b))
    return "Cases of different quality with exactly the same score", table


def _summary(result: CalibrationResult) -> list[str]:
    counts: dict[str, int] = {}
    for row in result.cases:
        counts[row.outcome] = counts.get(row.outcome, 0) + 1
    parts = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    lines = [f"{len(result.cases)} cases: {parts}"]
    if len(result.grader_versions) > 1:
        versions = ", ".join(result.grader_versions)
        lines.append(f"warning: reports from several grader versions are mixed: {versions}")
    return lines


def _verdict(result: CalibrationResult) -> list[str]:
    lines = []
    for check in result.thresholds:
        mark = "met" if check.met else "NOT MET"
        detail = f" ({check.detail})" if check.detail else ""
        lines.append(f"{mark:>7}  {check.name} {_num(check.actual)} >= {check.required}{detail}")
    if result.thresholds:
        lines.append("thresholds: " + ("all met" if result.passed else "not met"))
    return lines


def render_text(result: CalibrationResult, width: int = 160) -> str:
    """Plain text (no colour codes), fit for a terminal, a file or a CI log alike."""
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False)
    sections = [_cases(result), _flag_table("Flags (all cases)", result.flags)]
    if len(result.flags_by_group) > 1:
        sections += [_flag_table(f"Flags ({g})", rows) for g, rows in result.flags_by_group.items()]
    sections += [_rules(result), _evidence(result), _scores(result), _pairs(result)]
    for line in _summary(result):
        console.print(Text(line))
    for title, table in sections:
        console.print()
        console.print(Text(title))
        console.print(table if table.row_count else Text("  none"))
    console.print()
    for line in _verdict(result):
        console.print(Text(line))
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def progress_line(event: ProgressEvent) -> str:
    """One line per case started and finished, for stderr while a long run goes on."""
    head = f"[{event.index}/{event.total}] {event.case}"
    if not isinstance(event, CaseFinished):
        return f"{head}: started"
    reason = f" ({event.reason.splitlines()[0][:160]})" if event.reason else ""
    if event.outcome in ("unavailable", "error"):
        return f"{head}: {event.outcome}{reason}"
    score = f", score {event.score:.1f}" if event.score is not None else ", no score"
    return f"{head}: {event.outcome}, status {event.status}{score}{reason}"
