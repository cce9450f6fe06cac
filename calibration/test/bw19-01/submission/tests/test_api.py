def test_signup_does_not_return_password(client):
    r = client.post("/auth/signup", json={"username": "carol", "password": "longenough"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "password" not in body and "password_hash" not in body


def test_duplicate_signup_conflict(client, alice):
    r = client.post("/auth/signup", json={"username": "alice", "password": "whatever123"})
    assert r.status_code == 409


def test_signup_validation(client):
    r = client.post("/auth/signup", json={"username": "x", "password": "short"})
    assert r.status_code == 422


def test_login_wrong_password(client, alice):
    r = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert r.status_code == 401


def test_create_post_requires_auth(client):
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


def test_bad_token_rejected(client):
    r = client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer abc"}
    )
    assert r.status_code == 401


def test_post_crud(client, alice):
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "alice"

    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json()["title"] == "Hello"

    r = client.patch(f"/posts/{post['id']}", json={"title": "Hello again"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Hello again"
    assert r.json()["content"] == "World"

    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_missing_title_is_422(client, alice):
    r = client.post("/posts", json={"content": "no title"}, headers=alice)
    assert r.status_code == 422


def test_only_author_can_edit_or_delete(client, alice, bob):
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403


def test_pagination(client, alice):
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert len(page["items"]) == 2


def test_pagination_bounds(client):
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_comments(client, alice, bob):
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"

    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()["items"]] == ["nice"]


def test_comment_on_missing_post(client, alice):
    r = client.post("/posts/999/comments", json={"content": "hi"}, headers=alice)
    assert r.status_code == 404


def test_comment_requires_auth(client, alice):
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "hi"})
    assert r.status_code == 401
