"""Contract checks on the generated OpenAPI document, so /docs stays useful."""

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def spec(client: TestClient) -> dict:
    return client.get("/openapi.json").json()


def _operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


def test_every_operation_has_a_summary(spec: dict) -> None:
    missing = [f"{m.upper()} {p}" for p, m, op in _operations(spec) if not op.get("summary")]

    assert missing == []


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/auth/register", "post", {"201", "409", "422"}),
        ("/auth/token", "post", {"200", "401", "422"}),
        ("/posts", "get", {"200", "422"}),
        ("/posts", "post", {"201", "401", "422"}),
        ("/posts/{post_id}", "get", {"200", "404", "422"}),
        ("/posts/{post_id}", "patch", {"200", "401", "403", "404", "422"}),
        ("/posts/{post_id}", "delete", {"204", "401", "403", "404", "422"}),
        ("/posts/{post_id}/comments", "get", {"200", "404", "422"}),
        ("/posts/{post_id}/comments", "post", {"201", "401", "404", "422"}),
    ],
)
def test_documented_status_codes(spec: dict, path: str, method: str, expected: set[str]) -> None:
    assert expected <= set(spec["paths"][path][method]["responses"])


def test_password_never_in_a_response_schema(spec: dict) -> None:
    for name, schema in spec["components"]["schemas"].items():
        if name.endswith("Out") or name == "Token":
            assert not any("password" in prop for prop in schema.get("properties", {})), name


def test_cors_does_not_allow_credentials(client: TestClient) -> None:
    resp = client.options(
        "/posts",
        headers={"Origin": "https://blog.example", "Access-Control-Request-Method": "POST"},
    )

    assert resp.headers.get("access-control-allow-origin") == "https://blog.example"
    assert "access-control-allow-credentials" not in resp.headers
