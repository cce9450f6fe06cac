"""End-to-end scenario through the HTTP interface."""

from fastapi.testclient import TestClient


def _register_and_login(client: TestClient, username: str) -> dict[str, str]:
    """Create an account and return the Authorization header for it."""
    r = client.post("/users", json={"username": username, "password": "s3cret-pass"})
    assert r.status_code == 201
    r = client.post("/token", data={"username": username, "password": "s3cret-pass"})
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_register_does_not_return_password(client: TestClient) -> None:
    """The sign-up response contains the public projection only."""
    r = client.post("/users", json={"username": "ada", "password": "s3cret-pass"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_publish_and_read(client: TestClient) -> None:
    """A logged-in user publishes a post that anyone can then read."""
    headers = _register_and_login(client, "emmy")
    r = client.post("/posts", json={"title": "On rings", "content": "Ideals..."}, headers=headers)
    assert r.status_code == 201
    post = r.json()
    assert post["author"]["username"] == "emmy"
    assert post["comment_count"] == 0

    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "On rings"

    r = client.get("/posts", params={"limit": 5})
    assert r.status_code == 200
    assert any(p["id"] == post["id"] for p in r.json())


def test_edit_and_delete(client: TestClient) -> None:
    """The author edits then deletes a post."""
    headers = _register_and_login(client, "sofia")
    post_id = client.post("/posts", json={"title": "Draft", "content": "..."}, headers=headers).json()["id"]

    r = client.patch(f"/posts/{post_id}", json={"title": "Final"}, headers=headers)
    assert r.status_code == 200
    assert r.json()["title"] == "Final"
    assert r.json()["content"] == "..."

    r = client.delete(f"/posts/{post_id}", headers=headers)
    assert r.status_code == 200


def test_comments(client: TestClient) -> None:
    """Comments are attached to a post and counted."""
    author = _register_and_login(client, "grace")
    reader = _register_and_login(client, "alan")
    post_id = client.post("/posts", json={"title": "Compilers", "content": "..."}, headers=author).json()["id"]

    r = client.post(f"/posts/{post_id}/comments", json={"content": "Great read"}, headers=reader)
    assert r.status_code == 200
    assert r.json()["author"]["username"] == "alan"

    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()] == ["Great read"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1
