from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_create_note():
    response = client.post("/notes", json={"title": "Groceries", "content": "milk, eggs"})
    assert response.status_code == 201
    data = response.json()
    assert data["title"] == "Groceries"
    assert data["pinned"] is False
    assert "id" in data


def test_list_notes():
    client.post("/notes", json={"title": "Another one"})
    response = client.get("/notes")
    assert response.status_code == 200
    assert len(response.json()) >= 1


def test_get_note():
    created = client.post("/notes", json={"title": "Read me"}).json()
    response = client.get(f"/notes/{created['id']}")
    assert response.status_code == 200
    assert response.json()["title"] == "Read me"


def test_update_note():
    created = client.post("/notes", json={"title": "Old"}).json()
    response = client.put(f"/notes/{created['id']}", json={"title": "New", "pinned": True})
    assert response.status_code == 200
    assert response.json()["title"] == "New"
    assert response.json()["pinned"] is True


def test_delete_note():
    created = client.post("/notes", json={"title": "Temporary"}).json()
    response = client.delete(f"/notes/{created['id']}")
    assert response.status_code == 204
