import pytest


@pytest.mark.smoke
def test_health_returns_ok(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.smoke
def test_openapi_schema_is_available(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/todos" in paths
    assert "/todos/{todo_id}" in paths
    assert "/auth/login" in paths


@pytest.mark.smoke
def test_docs_page_is_served(client):
    assert client.get("/docs").status_code == 200
