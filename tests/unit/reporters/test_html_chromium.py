"""The HTML report as a reviewer sees it: rendered by real headless Chromium, not string-matched.

Chromium comes from Debian's `chromium` package (`make test` installs it). A machine without it
fails this test on purpose: a skipped browser check would pass a page nobody looked at.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from grader.models import Report
from grader.reporters import html
from tests.unit.reporters.conftest import DELETE_CURL

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
URL = re.compile(r"https?://", re.I)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError("chromium is not installed: apt-get install -y chromium")


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_reviewer_sees_score_cards_curl_and_chart(
    tmp_path: Path, flawed_report: Report, sources: dict[str, list[str]]
) -> None:
    page = tmp_path / "report.html"
    page.write_text(html.render(flawed_report, sources=sources), encoding="utf-8")
    shot = tmp_path / "shot.png"
    browser = _chromium()
    url = page.as_uri()
    dump = subprocess.Popen(
        [browser, *FLAGS, f"--user-data-dir={tmp_path / 'ud1'}", "--dump-dom", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    snap = subprocess.Popen(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'ud2'}",
            f"--screenshot={shot}",
            "--window-size=1200,1600",
            url,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        dom_text, _ = dump.communicate(timeout=60)
        snap.wait(timeout=60)
    finally:
        for proc in (dump, snap):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert dump.returncode == 0 and snap.returncode == 0

    dom = _Dom()
    dom.feed(dom_text)
    visible = " ".join(" ".join(dom.text).split())
    assert "61.4/100" in visible
    assert DELETE_CURL in visible
    raised = [
        dict(a) for t, a in dom.tags if t == "article" and dict(a).get("class") == "card raised"
    ]
    assert {a["data-flag"] for a in raised} == {
        "async_confusion",
        "security_oversights",
        "documentation_neglect",
    }
    assert "RAISED · major" in visible
    assert any(tag == "svg" for tag, _ in dom.tags)
    assert sum(1 for t, a in dom.tags if t == "rect" and ("class", "bar") in a) == 6
    # no asset, link or style in the parsed DOM refers to anything over http(s)
    assert not any(tag in ("script", "img", "link", "iframe") for tag, _ in dom.tags)
    for tag, attrs in dom.tags:
        for key, value in attrs:
            assert not (value and URL.search(value)), f"<{tag} {key}={value!r}>"

    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1200, 1600)
    assert len(png) > 30_000  # a blank or unstyled page compresses to a few KB
