from __future__ import annotations

import re
from html.parser import HTMLParser

from grader.models import Finding, Report, Severity
from grader.reporters import html
from tests.unit.reporters.conftest import DELETE_CURL

# A URL that would make the page fetch or link something outside itself; the curl lines point at
# the candidate's loopback and are text a reviewer copies, not something the page loads.
EXTERNAL = re.compile(r"https?://(?!127\.0\.0\.1[:/])", re.I)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_self_contained_page(flawed_report: Report) -> None:
    page = html.render(flawed_report)
    tags = _tags(page)
    names = {tag for tag, _ in tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    assert EXTERNAL.search(page) is None
    assert "@import" not in page and "url(" not in page
    for _, attrs in tags:
        for key in ("href", "src"):
            value = attrs.get(key)
            assert value is None or value.startswith("#"), value
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_cards_score_and_curl(flawed_report: Report) -> None:
    page = html.render(flawed_report)
    assert '<div class="score" id="score">61.4/100</div>' in page
    cards = re.findall(r'<article class="card (\w+)" data-flag="(\w+)"', page)
    assert len(cards) == 6
    assert ("raised", "async_confusion") in cards
    assert ("not_assessed", "testing_gaps") in cards
    assert f'<pre class="curl"><code>{DELETE_CURL}</code></pre>' in page
    # evidence links land on the finding's own anchor
    assert 'href="#F-0b10c4ed"' in page and 'id="F-0b10c4ed"' in page


def test_offending_line_shown_in_context_and_escaped(
    flawed_report: Report, sources: dict[str, list[str]]
) -> None:
    page = html.render(flawed_report, sources=sources)
    assert (
        '<tr class="hit"><td class="n">42</td><td>    time.sleep(0.5)  # &lt;b&gt;not&lt;/b&gt; '
        "awaited</td></tr>" in page
    )
    assert '<td class="n">39</td>' in page and '<td class="n">43</td>' in page
    assert '<td class="n">38</td>' not in page
    assert '<tr class="hit"><td class="n">61</td><td>    del NOTES[note_id]</td></tr>' in page
    # without sources the page still renders, just without the code
    assert 'class="src"' not in html.render(flawed_report)


def test_line_outside_the_file_shows_no_context(
    flawed_report: Report, sources: dict[str, list[str]]
) -> None:
    sources["main.py"] = sources["main.py"][:10]
    page = html.render(flawed_report, sources=sources)
    assert '<td class="n">61</td>' not in page


def test_latency_chart_bars(flawed_report: Report) -> None:
    chart = html.latency_chart(flawed_report)
    assert chart.startswith('<svg id="latency-chart"')
    bars = re.findall(r'<rect class="bar"[^>]*width="([\d.]+)"', chart)
    assert len(bars) == 6  # two endpoints and the probe, each 1 vs N
    widths = [float(w) for w in bars]
    assert max(widths) == widths[1]  # GET /notes with 20 clients is the slowest
    assert widths[0] < widths[1] / 50
    assert "512 ms" in chart and "probe request" in chart


def test_no_load_phase_says_so(clean_report: Report) -> None:
    page = html.render(clean_report)
    assert "<svg" not in page
    assert "The load phase did not run (not implemented in this grader version)." in page


def test_rejected_report(rejected_report: Report) -> None:
    page = html.render(rejected_report)
    assert '<div class="score" id="score">no score</div>' in page
    assert "Input rejected: archive member escapes the root: ../../etc/passwd" in page
    assert page.count('class="card not_assessed"') == 6


def test_hostile_finding_text_is_escaped(flawed_report: Report) -> None:
    hostile = Finding(
        id='F-"><script>',
        rule="FUZZ-SERVER-ERROR",
        severity=Severity.MAJOR,
        title="<script>alert(1)</script>",
        detail='<img src="https://evil.example/x.png">',
        source="fuzz",
    )
    page = html.render(flawed_report.model_copy(update={"findings": [hostile]}))
    assert "<script>" not in page and "<img" not in page
    assert {tag for tag, _ in _tags(page)}.isdisjoint({"script", "img"})


def test_deterministic(flawed_report: Report, sources: dict[str, list[str]]) -> None:
    first = html.render(flawed_report, sources=sources)
    shuffled = flawed_report.model_copy(update={"findings": flawed_report.findings[::-1]})
    assert html.render(shuffled, sources=sources) == first


def test_info_notes_are_folded_away(clean_report: Report) -> None:
    page = html.render(clean_report)
    assert "<h2>Findings (0)</h2>" in page
    folded = page.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "1 note(s) that cost nothing" in folded
    assert "BUILD-UVICORN-UNDECLARED" in folded
