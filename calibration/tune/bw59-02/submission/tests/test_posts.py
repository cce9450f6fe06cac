from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Register = Callable[..., dict[str, str]]


def _create(client: TestClient, headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict:
    response = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_create_returns_nested_post(client: TestClient, register: Register) -> None:
    alice = register("alice")
    post = _create(client, alice)
    assert post["id"] > 0
    assert post["author"]["username"] == "alice"
    assert post["comments"] == []
    assert post["comment_count"] == 0


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "no content"}, {"title": "", "content": "x"}, {"title": "x" * 201, "content": "x"}, {"title": 1, "content": None}],
)
def test_create_validation(client: TestClient, register: Register, payload: dict) -> None:
    alice = register("alice")
    assert client.post("/posts", json=payload, headers=alice).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_read_is_public_and_404s(client: TestClient, register: Register) -> None:
    post = _create(client, register("alice"))
    assert client.get(f"/posts/{post['id']}").status_code == 200
    assert client.get("/posts/9999").status_code == 404
    assert client.get("/posts/not-a-number").status_code == 422


def test_list_pagination(client: TestClient, register: Register) -> None:
    alice = register("alice")
    for i in range(5):
        _create(client, alice, title=f"post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert page["limit"] == 2
    assert [p["title"] for p in page["items"]] == ["post 3", "post 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_list_rejects_bad_paging(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_only_author_can_edit_or_delete(client: TestClient, register: Register) -> None:
    alice, bob = register("alice"), register("bob")
    post = _create(client, alice)

    assert client.patch(f"/posts/{post['id']}", json={"title": "mine now"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_author_edits(client: TestClient, register: Register) -> None:
    alice = register("alice")
    post = _create(client, alice)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "World"
    assert response.json()["updated_at"] is not None

    assert client.patch(f"/posts/{post['id']}", json={"title": ""}, headers=alice).status_code == 422
    assert client.patch("/posts/9999", json={"title": "x"}, headers=alice).status_code == 404
    assert client.patch(f"/posts/{post['id']}", json={"title": "x"}).status_code == 401


def test_delete_then_404(client: TestClient, register: Register) -> None:
    alice = register("alice")
    post = _create(client, alice)
    client.post(f"/posts/{post['id']}/comments", json={"body": "first"}, headers=alice)

    response = client.delete(f"/posts/{post['id']}", headers=alice)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 404
