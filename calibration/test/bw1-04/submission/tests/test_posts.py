import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders

POST = {"title": "First post", "content": "Hello, world"}


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json=POST).status_code == 401


def test_create_and_read(client: TestClient, alice: AuthHeaders) -> None:
    created = client.post("/posts", json=POST, headers=alice)
    assert created.status_code == 201
    body = created.json()
    assert body["title"] == POST["title"]
    assert body["author"]["username"] == "alice"

    read = client.get(f"/posts/{body['id']}")  # public
    assert read.status_code == 200
    assert read.json()["id"] == body["id"]


@pytest.mark.parametrize("payload", [{}, {"title": ""}, {"title": "x"}, {"title": 1, "content": "x"}])
def test_create_validation(client: TestClient, alice: AuthHeaders, payload: dict[str, object]) -> None:
    assert client.post("/posts", json=payload, headers=alice).status_code == 422


def test_missing_post_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/posts/12345").status_code == 404
    assert client.put("/posts/12345", json=POST, headers=alice).status_code == 404
    assert client.delete("/posts/12345", headers=alice).status_code == 404


def test_only_author_may_edit_or_delete(client: TestClient, alice: AuthHeaders, bob: AuthHeaders) -> None:
    post_id = client.post("/posts", json=POST, headers=alice).json()["id"]

    assert client.put(f"/posts/{post_id}", json=POST, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.put(f"/posts/{post_id}", json=POST).status_code == 401

    updated = client.put(f"/posts/{post_id}", json={"title": "Edited", "content": "New"}, headers=alice)
    assert updated.status_code == 200
    assert updated.json()["title"] == "Edited"

    deleted = client.delete(f"/posts/{post_id}", headers=alice)
    assert deleted.status_code == 204
    assert client.get(f"/posts/{post_id}").status_code == 404


def test_list_pagination(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(3):
        client.post("/posts", json={"title": f"Post {i}", "content": "..."}, headers=alice)

    page = client.get("/posts", params={"limit": 2}).json()
    assert page["count"] == 3
    assert [p["title"] for p in page["results"]] == ["Post 2", "Post 1"]

    page = client.get("/posts", params={"limit": 2, "offset": 2}).json()
    assert [p["title"] for p in page["results"]] == ["Post 0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "all"}])
def test_list_pagination_bounds(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422
