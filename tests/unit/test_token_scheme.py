"""The token's scheme word is read from the code that strips the Authorization header."""

from __future__ import annotations

from pathlib import Path

from grader.discovery import discover
from grader.phases.body_fields import BodyFields
from grader.phases.token_scheme import token_scheme

APP = '''
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
TOKENS = {{}}


def who_is(request):
    h = request.headers.get("Authorization", "")
    tok = h.replace("{word}", "").strip()
    if tok not in TOKENS:
        raise HTTPException(401, "not logged in")
    return TOKENS[tok]


@app.post("/login")
def login():
    return {{"token": "abc"}}
'''


def _scheme(tmp_path: Path, app: str, other: str = "") -> str | None:
    (tmp_path / "main.py").write_text(app)
    if other:
        (tmp_path / "messages.py").write_text(other)
    return token_scheme(BodyFields(discover(tmp_path), tmp_path))


def test_the_word_stripped_from_the_header_is_the_scheme(tmp_path: Path) -> None:
    assert _scheme(tmp_path, APP.format(word="Token ")) == "Token"


def test_bearer_or_a_word_in_a_module_that_never_reads_the_header_is_no_hint(
    tmp_path: Path,
) -> None:
    assert _scheme(tmp_path, APP.format(word="Bearer ")) is None
    assert _scheme(tmp_path, APP.format(word="Bearer "), other='HINT = "Token "\n') is None


def test_two_words_are_no_hint(tmp_path: Path) -> None:
    both = APP.format(word="Token ") + '\nLEGACY = "JWT "\n'
    assert _scheme(tmp_path, both) is None
