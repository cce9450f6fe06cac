import sqlite3

import pytest


def test_index(client):
    response = client.get("/posts")
    assert response.status_code == 200
    posts = response.json()
    assert posts[0]["title"] == "test title"
    assert posts[0]["author"] == "test"
    assert posts[0]["content"] == "test\nbody"


def test_index_pagination(client, auth):
    auth.login()
    for i in range(3):
        client.post("/posts", json={"title": f"post {i}", "content": "x"}, headers=auth.headers)
    response = client.get("/posts?limit=2")
    assert len(response.json()) == 2


def test_show(client):
    response = client.get("/posts/1")
    assert response.status_code == 200
    assert response.json()["title"] == "test title"


@pytest.mark.parametrize(
    ("method", "path"),
    (
        ("POST", "/posts"),
        ("PUT", "/posts/1"),
        ("DELETE", "/posts/1"),
        ("POST", "/posts/1/comments"),
    ),
)
def test_login_required(client, method, path):
    response = client.request(method, path, json={})
    assert response.status_code == 401


def test_author_required(client, auth, db_path):
    # change the post author to another user
    db = sqlite3.connect(db_path)
    db.execute("UPDATE post SET author_id = 2 WHERE id = 1")
    db.commit()
    db.close()

    auth.login()
    # current user can't modify other user's post
    assert client.put("/posts/1", json={"title": "x"}, headers=auth.headers).status_code == 403
    assert client.delete("/posts/1", headers=auth.headers).status_code == 403


@pytest.mark.parametrize("path", ("/posts/2", "/posts/2/comments"))
def test_exists_required(client, path):
    assert client.get(path).status_code == 404


def test_create(client, auth, db_path):
    auth.login()
    response = client.post("/posts", json={"title": "created", "content": "body"}, headers=auth.headers)
    assert response.status_code == 201
    assert response.json()["author"] == "test"

    db = sqlite3.connect(db_path)
    count = db.execute("SELECT COUNT(id) FROM post").fetchone()[0]
    assert count == 2


def test_create_validate(client, auth):
    auth.login()
    response = client.post("/posts", json={"title": "", "content": "body"}, headers=auth.headers)
    assert response.status_code == 400
    assert response.json()["error"] == "Title is required."


def test_update(client, auth):
    auth.login()
    response = client.put("/posts/1", json={"title": "updated"}, headers=auth.headers)
    assert response.status_code == 200
    assert response.json()["title"] == "updated"
    assert response.json()["content"] == "test\nbody"


@pytest.mark.parametrize(
    ("payload", "message"),
    (
        ({}, "Nothing to update."),
        ({"title": ""}, "Title and content cannot be empty."),
    ),
)
def test_update_validate(client, auth, payload, message):
    auth.login()
    response = client.put("/posts/1", json=payload, headers=auth.headers)
    assert response.status_code == 400
    assert response.json()["error"] == message


def test_delete(client, auth, db_path):
    auth.login()
    response = client.delete("/posts/1", headers=auth.headers)
    assert response.status_code == 204

    db = sqlite3.connect(db_path)
    post = db.execute("SELECT * FROM post WHERE id = 1").fetchone()
    assert post is None


def test_comments(client, auth):
    auth.login()
    response = client.post("/posts/1/comments", json={"body": "Nice post!"}, headers=auth.headers)
    assert response.status_code == 201

    response = client.get("/posts/1/comments")
    assert response.status_code == 200
    assert response.json()[0]["body"] == "Nice post!"
    assert response.json()[0]["author"] == "test"


def test_comment_on_missing_post(client, auth):
    auth.login()
    response = client.post("/posts/2/comments", json={"body": "hello"}, headers=auth.headers)
    assert response.status_code == 404
