import pytest
from fastapi.testclient import TestClient


def _post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    r = client.post("/posts", json={"title": title, "content": "First!"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_read_publicly(client: TestClient, alice: dict[str, str]) -> None:
    post = _post(client, alice)
    assert post["author"] == {"id": 1, "username": "alice"}
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"title": "", "content": "c"},
        {"title": "   ", "content": "c"},
        {"title": "t" * 201, "content": "c"},
        {"title": "t"},
        {"title": 1, "content": "c"},
        {"title": "t", "content": "c", "author_id": 2},
    ],
)
def test_create_validation(client: TestClient, alice: dict[str, str], body: dict) -> None:
    assert client.post("/posts", json=body, headers=alice).status_code == 422
    assert client.get("/posts").json() == []


def test_list_pagination(client: TestClient, alice: dict[str, str]) -> None:
    ids = [_post(client, alice, f"p{i}")["id"] for i in range(3)]
    page = client.get("/posts", params={"limit": 2}).json()
    assert [p["id"] for p in page] == ids[::-1][:2]
    page = client.get("/posts", params={"limit": 2, "offset": 2}).json()
    assert [p["id"] for p in page] == [ids[0]]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_list_rejects_bad_paging(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/posts/404").status_code == 404
    assert client.patch("/posts/404", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/404", headers=alice).status_code == 404


def test_author_updates(client: TestClient, alice: dict[str, str]) -> None:
    post = _post(client, alice)
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "First!"


def test_empty_update_rejected(client: TestClient, alice: dict[str, str]) -> None:
    post = _post(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={}, headers=alice).status_code == 422


def test_non_author_forbidden(client: TestClient, alice: dict[str, str], mallory: dict[str, str]) -> None:
    post = _post(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=mallory).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=mallory).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_delete(client: TestClient, alice: dict[str, str], mallory: dict[str, str]) -> None:
    post = _post(client, alice)
    client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=mallory)
    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404


def test_comments(client: TestClient, alice: dict[str, str], mallory: dict[str, str]) -> None:
    post = _post(client, alice)
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice"}, headers=mallory)
    assert r.status_code == 201
    assert r.json()["author"]["username"] == "mallory"
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["Nice"]


def test_comment_errors(client: TestClient, alice: dict[str, str]) -> None:
    post = _post(client, alice)
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=alice).status_code == 404
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "x"}).status_code == 401
    assert client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=alice).status_code == 422
    assert client.get("/posts/999/comments").status_code == 404
