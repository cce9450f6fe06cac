import pytest


@pytest.fixture
def headers(auth):
    return auth.headers()


@pytest.fixture
def post_id(client, headers):
    response = client.post("/posts", json={"title": "test title", "body": "test\nbody"}, headers=headers)
    assert response.status_code == 201
    return response.json()["id"]


def test_index_empty(client):
    response = client.get("/posts")
    assert response.status_code == 200
    assert response.json() == []


def test_index(client, post_id):
    response = client.get("/posts")
    assert response.status_code == 200
    posts = response.json()
    assert len(posts) == 1
    assert posts[0]["title"] == "test title"
    assert posts[0]["username"] == "test"
    assert posts[0]["comment_count"] == 0


def test_index_pagination(client, headers):
    for i in range(5):
        client.post("/posts", json={"title": f"post {i}", "body": "x"}, headers=headers)
    response = client.get("/posts?limit=2&offset=1")
    assert [p["title"] for p in response.json()] == ["post 3", "post 2"]


def test_index_limit_is_capped(client, headers):
    for i in range(55):
        client.post("/posts", json={"title": f"post {i}", "body": "x"}, headers=headers)
    assert len(client.get("/posts?limit=1000").json()) == 50


@pytest.mark.parametrize(
    ("method", "path"),
    (("post", "/posts"), ("put", "/posts/1"), ("delete", "/posts/1"), ("post", "/posts/1/comments")),
)
def test_login_required(client, method, path):
    response = client.request(method, path, json={"title": "x", "body": "y"})
    assert response.status_code == 401


def test_detail(client, post_id):
    response = client.get(f"/posts/{post_id}")
    assert response.status_code == 200
    assert response.json()["body"] == "test\nbody"


def test_detail_404(client):
    assert client.get("/posts/999").status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    (({"body": "x"}, "Title is required."), ({"title": "x"}, "Body is required.")),
)
def test_create_validate(client, headers, data, message):
    response = client.post("/posts", json=data, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"] == message


def test_update(client, headers, post_id):
    response = client.put(f"/posts/{post_id}", json={"title": "updated"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "updated"
    assert response.json()["body"] == "test\nbody"


def test_update_validate(client, headers, post_id):
    assert client.put(f"/posts/{post_id}", json={}, headers=headers).status_code == 400
    assert client.put(f"/posts/{post_id}", json={"title": ""}, headers=headers).status_code == 400


def test_author_required(client, auth, post_id):
    other = auth.headers("other", "otherpass")
    assert client.put(f"/posts/{post_id}", json={"title": "hijack"}, headers=other).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=other).status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "test title"


def test_exists_required(client, headers):
    assert client.put("/posts/2", json={"title": "x"}, headers=headers).status_code == 404
    assert client.delete("/posts/2", headers=headers).status_code == 404


def test_delete(client, headers, post_id, db):
    client.post(f"/posts/{post_id}/comments", json={"body": "hi"}, headers=headers)
    response = client.delete(f"/posts/{post_id}", headers=headers)
    assert response.status_code == 204
    assert client.get(f"/posts/{post_id}").status_code == 404
    assert db.execute("SELECT COUNT(*) FROM comment").fetchone()[0] == 0


def test_comments(client, headers, post_id):
    response = client.post(f"/posts/{post_id}/comments", json={"body": "nice post"}, headers=headers)
    assert response.status_code == 201
    assert response.json()["username"] == "test"

    response = client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    assert [c["body"] for c in response.json()] == ["nice post"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_on_missing_post(client, headers):
    response = client.post("/posts/999/comments", json={"body": "hello?"}, headers=headers)
    assert response.status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_comment_validate(client, headers, post_id):
    response = client.post(f"/posts/{post_id}/comments", json={}, headers=headers)
    assert response.status_code == 400
