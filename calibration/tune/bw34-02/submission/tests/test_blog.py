import pytest


def test_index(client, auth):
    response = client.get("/posts")
    assert response.status_code == 200
    posts = response.json()
    assert posts[0]["title"] == "test title"
    assert posts[0]["username"] == "test"
    assert posts[0]["comment_count"] == 1


def test_index_pagination(client):
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 51}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": 1, "offset": 1}).json() == []


@pytest.mark.parametrize(
    ("method", "path"),
    (
        ("post", "/posts"),
        ("put", "/posts/1"),
        ("delete", "/posts/1"),
        ("post", "/posts/1/comments"),
    ),
)
def test_login_required(client, method, path):
    response = client.request(method.upper(), path, json={"title": "x", "body": "y"})
    assert response.status_code == 401


def test_author_required(client, auth, db):
    # change the post author to another user
    db.execute("UPDATE post SET author_id = 2 WHERE id = 1")
    db.commit()

    auth.login()
    # current user can't modify other user's post
    assert client.put("/posts/1", json={"title": "x"}, headers=auth.headers).status_code == 403
    assert client.delete("/posts/1", headers=auth.headers).status_code == 403


@pytest.mark.parametrize("path", ("/posts/2", "/posts/2/comments"))
def test_exists_required(client, auth, path):
    auth.login()
    assert client.get(path).status_code == 404


def test_create(client, auth, db):
    auth.login()
    response = client.post(
        "/posts", json={"title": "created", "body": ""}, headers=auth.headers
    )
    assert response.status_code == 422

    response = client.post(
        "/posts", json={"title": "created", "body": "hello"}, headers=auth.headers
    )
    assert response.status_code == 201
    assert response.json()["id"] == 2
    count = db.execute("SELECT COUNT(id) FROM post").fetchone()[0]
    assert count == 2


def test_update(client, auth, db):
    auth.login()
    response = client.put("/posts/1", json={"title": "updated"}, headers=auth.headers)
    assert response.status_code == 200
    post = db.execute("SELECT * FROM post WHERE id = 1").fetchone()
    assert post["title"] == "updated"
    assert post["body"] == "test\nbody"


def test_update_validate(client, auth):
    auth.login()
    response = client.put("/posts/1", json={"title": ""}, headers=auth.headers)
    assert response.status_code == 400
    assert response.json()["detail"] == "Title is required."


def test_delete(client, auth, db):
    auth.login()
    response = client.delete("/posts/1", headers=auth.headers)
    assert response.status_code == 204

    post = db.execute("SELECT * FROM post WHERE id = 1").fetchone()
    assert post is None


def test_comments(client, auth):
    response = client.get("/posts/1/comments")
    assert response.status_code == 200
    assert [c["body"] for c in response.json()] == ["nice post"]

    auth.login()
    response = client.post(
        "/posts/1/comments", json={"body": "thanks"}, headers=auth.headers
    )
    assert response.status_code == 201
    assert response.json()["author_id"] == 1

    response = client.post(
        "/posts/99/comments", json={"body": "hello?"}, headers=auth.headers
    )
    assert response.status_code == 404
