"""The OpenAPI document is part of the deliverable, so it is tested like code."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

PROTECTED = {
    ("post", "/api/v1/posts"),
    ("patch", "/api/v1/posts/{post_id}"),
    ("delete", "/api/v1/posts/{post_id}"),
    ("post", "/api/v1/posts/{post_id}/comments"),
    ("delete", "/api/v1/posts/{post_id}/comments/{comment_id}"),
    ("get", "/api/v1/auth/me"),
}


@pytest.fixture
def spec(client: TestClient) -> dict[str, Any]:
    return client.get("/openapi.json").json()


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


def test_every_operation_has_a_summary_and_a_tag(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        assert op.get("summary"), f"{method.upper()} {path} has no summary"
        assert op.get("tags"), f"{method.upper()} {path} has no tag"


def test_protected_operations_document_401_and_require_bearer(spec: dict[str, Any]) -> None:
    for method, path in PROTECTED:
        op = spec["paths"][path][method]
        assert "401" in op["responses"], f"{method.upper()} {path}"
        assert op.get("security"), f"{method.upper()} {path} does not declare its auth"


def test_operations_with_a_path_id_document_404(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        if "{" in path and method != "post":
            assert "404" in op["responses"], f"{method.upper()} {path}"


def test_public_reads_are_public(spec: dict[str, Any]) -> None:
    for path in ("/api/v1/posts", "/api/v1/posts/{post_id}", "/api/v1/posts/{post_id}/comments"):
        assert "security" not in spec["paths"][path]["get"]


def test_schemas_carry_examples(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["PostRead"].get("examples")
    assert schemas["UserCreate"]["properties"]["username"].get("examples")


def test_no_schema_exposes_a_password_hash(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        assert "password_hash" not in schema.get("properties", {}), name
