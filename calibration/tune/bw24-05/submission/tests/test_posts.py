import pytest
from fastapi.testclient import TestClient


def _post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    r = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_post_lifecycle(client: TestClient, auth_headers) -> None:
    ada = auth_headers("ada")
    post = _post(client, ada)
    assert post["author"]["username"] == "ada"

    assert client.get(f"/posts/{post['id']}").status_code == 200  # public read
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=ada)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited" and r.json()["content"] == "Body"

    assert client.delete(f"/posts/{post['id']}", headers=ada).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_writes_need_a_token(client: TestClient, auth_headers) -> None:
    post = _post(client, auth_headers("ada"))
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401
    assert client.patch(f"/posts/{post['id']}", json={"title": "t"}).status_code == 401
    assert client.delete(f"/posts/{post['id']}").status_code == 401
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}).status_code == 401


def test_only_the_author_may_modify(client: TestClient, auth_headers) -> None:
    post = _post(client, auth_headers("ada"))
    bob = auth_headers("bob")
    assert client.patch(f"/posts/{post['id']}", json={"title": "mine now"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


@pytest.mark.parametrize(
    "payload", [{}, {"title": "t"}, {"title": "", "content": "c"}, {"title": "x" * 201, "content": "c"}, {"title": 1, "content": None}]
)
def test_post_validation(client: TestClient, auth_headers, payload: dict) -> None:
    assert client.post("/posts", json=payload, headers=auth_headers("ada")).status_code == 422


def test_missing_post_is_404(client: TestClient, auth_headers) -> None:
    ada = auth_headers("ada")
    assert client.get("/posts/999").status_code == 404
    assert client.patch("/posts/999", json={"title": "t"}, headers=ada).status_code == 404
    assert client.delete("/posts/999", headers=ada).status_code == 404
    assert client.get("/posts/not-a-number").status_code == 422


def test_pagination(client: TestClient, auth_headers) -> None:
    ada = auth_headers("ada")
    for i in range(5):
        _post(client, ada, title=f"p{i}")
    body = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert body["total"] == 5 and body["limit"] == 2
    assert [p["title"] for p in body["items"]] == ["p3", "p2"]
    assert client.get("/posts").json()["limit"] == 20


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_comments(client: TestClient, auth_headers) -> None:
    post = _post(client, auth_headers("ada"))
    bob = auth_headers("bob")
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"]["username"] == "bob" and r.json()["post_id"] == post["id"]

    body = client.get(f"/posts/{post['id']}/comments").json()
    assert body["total"] == 1 and body["items"][0]["body"] == "Nice"


def test_comment_validation_and_missing_post(client: TestClient, auth_headers) -> None:
    ada = auth_headers("ada")
    post = _post(client, ada)
    assert client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=ada).status_code == 422
    assert client.post("/posts/999/comments", json={"body": "hi"}, headers=ada).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404
