import pytest
from fastapi.testclient import TestClient

EXPECTED_OPERATIONS = [
    ("/auth/register", "post"),
    ("/auth/login", "post"),
    ("/auth/me", "get"),
    ("/todos", "get"),
    ("/todos", "post"),
    ("/todos/{todo_id}", "get"),
    ("/todos/{todo_id}", "patch"),
    ("/todos/{todo_id}", "delete"),
]


@pytest.fixture
def openapi(client: TestClient) -> dict:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_docs_page_is_served(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "swagger" in response.text.lower()


@pytest.mark.parametrize("path, method", EXPECTED_OPERATIONS)
def test_every_route_is_documented_with_a_summary(openapi: dict, path: str, method: str) -> None:
    operation = openapi["paths"][path][method]
    assert operation["summary"]


@pytest.mark.parametrize(
    "path, method",
    [op for op in EXPECTED_OPERATIONS if op[0].startswith("/todos")],
)
def test_todo_routes_document_401(openapi: dict, path: str, method: str) -> None:
    assert "401" in openapi["paths"][path][method]["responses"]


@pytest.mark.parametrize(
    "method", ["get", "patch", "delete"]
)
def test_single_todo_routes_document_404(openapi: dict, method: str) -> None:
    assert "404" in openapi["paths"]["/todos/{todo_id}"][method]["responses"]


def test_status_codes_are_documented(openapi: dict) -> None:
    assert "201" in openapi["paths"]["/todos"]["post"]["responses"]
    assert "204" in openapi["paths"]["/todos/{todo_id}"]["delete"]["responses"]
    assert "201" in openapi["paths"]["/auth/register"]["post"]["responses"]


def test_user_schema_has_no_password_field(openapi: dict) -> None:
    properties = openapi["components"]["schemas"]["UserOut"]["properties"]
    assert "password" not in properties
    assert "hashed_password" not in properties
