from __future__ import annotations

from grader.sandbox.submission import named_requirements


def test_only_named_requirements_reach_the_fetch_container() -> None:
    named = named_requirements([
        "fastapi==0.115.12",
        "uvicorn[standard]>=0.30",
        'pydantic>=2; python_version >= "3.9"',
        "evil @ https://example.invalid/evil-1.0.tar.gz",
        "-e .",
        "./local_pkg",
        "--extra-index-url https://example.invalid/simple",
        "-r other.txt",
        "file:///etc/passwd",
        "fastapi==0.115.12",
    ])
    assert named == [
        "fastapi==0.115.12",
        "uvicorn[standard]>=0.30",
        'pydantic>=2; python_version >= "3.9"',
    ]
