from fastapi.testclient import TestClient

from .conftest import AuthHeaders


def _publish(client: TestClient, headers: AuthHeaders, title: str = "Hello") -> dict[str, object]:
    response = client.post("/posts", json={"title": title, "content": "Body text"}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def test_create_and_read_post(client: TestClient, alice: AuthHeaders) -> None:
    post = _publish(client, alice)
    assert post["author_username"] == "alice"

    response = client.get(f"/posts/{post['id']}")
    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_anyone_may_list_posts_newest_first(client: TestClient, alice: AuthHeaders) -> None:
    for n in range(3):
        _publish(client, alice, title=f"post {n}")
    response = client.get("/posts")
    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["post 2", "post 1", "post 0"]


def test_pagination(client: TestClient, alice: AuthHeaders) -> None:
    for n in range(5):
        _publish(client, alice, title=f"post {n}")
    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert [p["title"] for p in page] == ["post 3", "post 2"]


def test_pagination_bounds_are_rejected(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": "ten"}).status_code == 422


def test_create_requires_token(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "t", "content": "c"})
    assert response.status_code == 401


def test_create_validation(client: TestClient, alice: AuthHeaders) -> None:
    assert client.post("/posts", json={"content": "c"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"title": "   ", "content": "c"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"title": ["x"], "content": "c"}, headers=alice).status_code == 422
    assert client.get("/posts").json() == []


def test_missing_post_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/posts/999").status_code == 404
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/999", headers=alice).status_code == 404


def test_author_can_edit(client: TestClient, alice: AuthHeaders) -> None:
    post = _publish(client, alice)
    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "Body text"


def test_empty_patch_is_422(client: TestClient, alice: AuthHeaders) -> None:
    post = _publish(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={}, headers=alice).status_code == 422


def test_only_author_can_edit_or_delete(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    post = _publish(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={"title": "mine"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_delete_returns_204_and_removes_comments(client: TestClient, alice: AuthHeaders) -> None:
    post = _publish(client, alice)
    client.post(f"/posts/{post['id']}/comments", json={"body": "first"}, headers=alice)

    response = client.delete(f"/posts/{post['id']}", headers=alice)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
