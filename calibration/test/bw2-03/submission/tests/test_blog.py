from conftest import signup_and_login


def test_register_and_login(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 201
    assert "password" not in r.text
    r = client.post("/auth/token", data={"username": "alice", "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_login_wrong_password(client):
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    r = client.post("/auth/token", data={"username": "alice", "password": "nope"})
    assert r.status_code == 401


def test_duplicate_username(client):
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 409


def test_create_post_needs_auth(client):
    r = client.post("/posts", json={"title": "hi", "content": "there"})
    assert r.status_code == 401


def test_create_and_read_post(client):
    headers = signup_and_login(client)
    r = client.post("/posts", json={"title": "First", "content": "Hello"}, headers=headers)
    assert r.status_code == 201
    post_id = r.json()["id"]
    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["author"] == "alice"


def test_create_post_validation(client):
    headers = signup_and_login(client)
    r = client.post("/posts", json={"title": ""}, headers=headers)
    assert r.status_code == 422


def test_get_missing_post(client):
    assert client.get("/posts/999").status_code == 404


def test_only_author_can_edit_or_delete(client):
    alice = signup_and_login(client, "alice")
    bob = signup_and_login(client, "bob")
    post_id = client.post("/posts", json={"title": "A", "content": "B"}, headers=alice).json()["id"]

    r = client.patch(f"/posts/{post_id}", json={"title": "hacked"}, headers=bob)
    assert r.status_code == 403
    r = client.delete(f"/posts/{post_id}", headers=bob)
    assert r.status_code == 403

    r = client.patch(f"/posts/{post_id}", json={"title": "A2"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "A2"
    r = client.delete(f"/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert client.get(f"/posts/{post_id}").status_code == 404


def test_list_posts_pagination(client):
    headers = signup_and_login(client)
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "x"}, headers=headers)
    r = client.get("/posts?limit=2&offset=0")
    assert r.status_code == 200
    assert len(r.json()) == 2
    assert client.get("/posts?limit=500").status_code == 422
    assert client.get("/posts?offset=-1").status_code == 422


def test_comments(client):
    headers = signup_and_login(client)
    post_id = client.post("/posts", json={"title": "A", "content": "B"}, headers=headers).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=headers)
    assert r.status_code == 201
    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()[0]["content"] == "nice"
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_on_missing_post(client):
    headers = signup_and_login(client)
    r = client.post("/posts/12345/comments", json={"content": "hello?"}, headers=headers)
    assert r.status_code == 404


def test_comment_needs_auth(client):
    r = client.post("/posts/1/comments", json={"content": "anon"})
    assert r.status_code == 401
