from typing import Any

import pytest
from fastapi.testclient import TestClient


@pytest.fixture()
def spec(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("path", "method", "codes"),
    [
        ("/auth/signup", "post", {"201", "409", "422"}),
        ("/auth/token", "post", {"200", "401", "422"}),
        ("/todos", "get", {"200", "401", "422"}),
        ("/todos", "post", {"201", "401", "422"}),
        ("/todos/{todo_id}", "get", {"200", "401", "404", "422"}),
        ("/todos/{todo_id}", "patch", {"200", "401", "404", "422"}),
        ("/todos/{todo_id}", "delete", {"204", "401", "404", "422"}),
    ],
)
def test_documented_responses(spec: dict[str, Any], path: str, method: str, codes: set[str]) -> None:
    operation = spec["paths"][path][method]

    assert codes <= set(operation["responses"])
    assert operation["summary"]


def test_docs_page_is_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
