from __future__ import annotations

import random
import re

from grader.models import Finding, Report, RequestEvidence, Severity
from grader.reporters import markdown
from tests.unit.reporters.conftest import DELETE_CURL


def test_score_verdicts_and_evidence_a_reviewer_needs(flawed_report: Report) -> None:
    text = markdown.render(flawed_report)
    assert text.startswith("## notes_keyerror — 61.4/100\n")
    assert "| 🔴 | Async confusion | **RAISED** (major) |" in text
    assert "| ⚪ | Testing gaps | not assessed |" in text
    assert text.count("| 🟢 |") == 2
    # file:line links are relative to the submission's root
    assert "[app/routes.py:42](app/routes.py#L42)" in text
    assert "[main.py:61](main.py#L61)" in text
    # the curl line sits alone in a code block, ready to paste
    assert f"  ```sh\n  {DELETE_CURL}\n  ```" in text


def test_phase_table_load_table_and_metrics(flawed_report: Report) -> None:
    text = markdown.render(flawed_report)
    rows = re.findall(r"^\| (\w+) \| (ok|failed|skipped) \|", text, flags=re.M)
    assert [name for name, _ in rows][:3] == ["intake", "discovery", "static"]
    assert len(rows) == 10
    assert "| `GET /notes` | 3.2 ms | 512 ms (N=20) | 160.0x |" in text
    assert "Probe request: 1.4 ms idle, 499 ms under load." in text
    assert "| fuzz_cases | 84 |" in text
    assert "load.GET /notes.c20.rps" not in text  # per-endpoint series live in the load table


def test_questions_are_shown_for_raised_flags_only(flawed_report: Report) -> None:
    text = markdown.render(flawed_report)
    questions = text.split("### Questions to ask", 1)[1].split("###", 1)[0]
    assert "**Async confusion**" in questions
    assert "**Testing gaps**" not in questions
    assert "app/routes.py:42" in questions


def test_rejected_report_says_why_and_has_no_score(rejected_report: Report) -> None:
    text = markdown.render(rejected_report)
    assert "— no score" in text
    assert "**Input rejected:** archive member escapes the root: ../../etc/passwd" in text
    assert text.count("not assessed") == 6
    assert "Questions to ask" not in text


def test_same_report_same_text_whatever_the_finding_order(flawed_report: Report) -> None:
    shuffled = list(flawed_report.findings)
    random.Random(7).shuffle(shuffled)
    other = flawed_report.model_copy(update={"findings": shuffled})
    assert markdown.render(other) == markdown.render(flawed_report)
    assert not re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", markdown.render(flawed_report))


def test_candidate_text_cannot_break_tables_or_code_blocks(flawed_report: Report) -> None:
    hostile = Finding(
        id="F-bad",
        rule="FUZZ-SERVER-ERROR",
        severity=Severity.MAJOR,
        title="x | y <script>alert(1)</script>",
        detail="line one\nline two",
        file="a.py",
        line=1,
        request=RequestEvidence(
            method="GET", path="/", curl="curl -d '```' http://127.0.0.1:8000/"
        ),
        source="fuzz",
    )
    text = markdown.render(flawed_report.model_copy(update={"findings": [hostile]}))
    assert "<script>" not in text
    assert r"x \| y &lt;script&gt;" in text
    assert "````sh\n  curl -d '```' http://127.0.0.1:8000/\n  ````" in text


def test_link_base_prefixes_links(flawed_report: Report) -> None:
    text = markdown.render(flawed_report, link_base="https://example.test/blob/abc/sub/")
    assert "[main.py:61](https://example.test/blob/abc/sub/main.py#L61)" in text
    # a line the finding names besides its own is linked too, with what it is
    assert (
        "  Where the time went: [app/store.py:7](https://example.test/blob/abc/sub/app/store.py#L7)"
        in text
    )


def test_info_notes_are_counted_not_listed(clean_report: Report) -> None:
    text = markdown.render(clean_report)
    assert "### Other findings (0)" in text
    assert "- 1 info note(s) that cost nothing are in the full report" in text
    assert "BUILD-UVICORN-UNDECLARED" not in text
