from __future__ import annotations

import re

from grader.batch.similarity import SharedRegion, SimilarPair
from grader.batch.summary import (
    annotate,
    row_for_failure,
    row_for_report,
    similarity_csv,
    similarity_findings,
    summary_csv,
    with_percentiles,
)
from grader.models import RedFlag
from grader.reporters.leaderboard import SimilarRow, render
from tests.unit.batch.conftest import fake_report

_PAIR = SimilarPair(
    a="ann",
    b="ben",
    similarity=0.91,
    regions=[
        SharedRegion(a_file="a.py", a_start=10, a_end=24, b_file="b.py", b_start=40, b_end=54)
    ],
)


def test_percentiles_rank_scores_with_ties_and_skip_unscored() -> None:
    rows = [
        row_for_report("a", fake_report(score=50)),
        row_for_report("b", fake_report(score=70)),
        row_for_report("c", fake_report(score=70)),
        row_for_report("d", fake_report(score=90)),
        row_for_report("e", fake_report(score=None)),
        row_for_failure("f", "0" * 64, "lost"),
    ]
    ranked = {row.name: row.percentile for row in with_percentiles(rows)}
    assert ranked == {"a": 12.5, "b": 50.0, "c": 50.0, "d": 87.5, "e": None, "f": None}


def test_summary_csv_has_the_six_verdicts_and_the_failure_reason() -> None:
    rows = with_percentiles(
        [row_for_report("b", fake_report(score=61.0)), row_for_failure("a", "1" * 64, "boom, x")]
    )
    lines = summary_csv(rows).splitlines()
    assert lines[0].split(",")[4:10] == [flag.value for flag in RedFlag]
    assert lines[1] == "a," + "1" * 64 + ",failed,,,,,,,,," + '"boom, x"'
    assert lines[2].startswith("b," + "f" * 64 + ",graded,61,clear,clear,clear,clear,raised,")


def test_similarity_csv_formats_three_decimals_and_regions() -> None:
    text = similarity_csv([_PAIR])
    assert text.splitlines() == [
        "a,b,similarity,shared_regions",
        "ann,ben,0.910,a.py:10-24~b.py:40-54",
    ]


def test_both_sides_get_a_finding_with_their_own_regions_first() -> None:
    (mine,) = similarity_findings("ben", [_PAIR], threshold=0.6)
    assert mine.rule == "SIMILAR-SUBMISSION" and "'ann'" in mine.detail
    assert "b.py:40-54~a.py:10-24" in mine.detail and (mine.file, mine.line) == ("b.py", 40)
    assert similarity_findings("ann", [_PAIR], threshold=0.95) == []
    assert similarity_findings("carl", [_PAIR], threshold=0.1) == []
    report = annotate(fake_report(), [mine])
    assert report.findings[-1].id.startswith("F-")


def test_leaderboard_is_self_contained_and_escapes_names() -> None:
    rows = with_percentiles(
        [
            row_for_report("<script>x</script>", fake_report(score=40.0), "evil.html"),
            row_for_report("top", fake_report(score=95.0), "top.html"),
            row_for_failure("lost", "2" * 64, "worker died"),
        ]
    )
    page = render(rows, [SimilarRow(a="top", b="lost", similarity=0.7)], threshold=0.6)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing remote
    assert "Content-Security-Policy" in page and page.count("<svg") == 2
    assert page.index(">top<") < page.index("&lt;script&gt;")  # ranked by score
    assert "Testing gaps" in page and "0.700" in page
    assert 'title="worker died"' in page
