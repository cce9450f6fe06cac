from __future__ import annotations

from grader.sandbox.images import named_requirements


def test_only_named_requirements_reach_the_shared_wheelhouse() -> None:
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
    ])
    assert "fastapi==0.115.12" in named
    assert "uvicorn[standard]>=0.30" in named
    assert 'pydantic>=2; python_version >= "3.9"' in named
    assert not [r for r in named if "evil" in r or "example" in r or r.startswith(("-", ".", "file"))]
    assert {"pytest", "httpx", "coverage", "uvicorn"} <= set(named)
