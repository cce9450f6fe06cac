import os

import pytest
from fastapi.testclient import TestClient

import main

client = TestClient(main.app)

TEST_DB = "test_blog.db"


@pytest.fixture(autouse=True)
def fresh_db():
    # close the real db and use a test db instead
    if main.conn is not None:
        main.conn.close()
    main.conn = None
    main.DB_NAME = TEST_DB
    if os.path.exists(TEST_DB):
        os.remove(TEST_DB)
    main.init_db()
    yield
    main.conn.close()
    main.conn = None
    os.remove(TEST_DB)


# ---------- helpers ----------
def signup(username="alice", password="password123"):
    return client.post("/signup", json={"username": username, "password": password})


def login(username="alice", password="password123"):
    response = client.post("/login", data={"username": username, "password": password})
    return response.json()["access_token"]


def auth(token):
    return {"Authorization": "Bearer " + token}


def make_user(username="alice"):
    signup(username)
    return login(username)


def make_post(token, title="Hello", content="My first post"):
    return client.post("/posts", json={"title": title, "content": content}, headers=auth(token))


# ---------- signup ----------
def test_signup_works():
    response = signup()
    assert response.status_code == 201
    assert response.json()["username"] == "alice"
    assert "password" not in response.json()


def test_signup_duplicate_username():
    signup()
    response = signup()
    assert response.status_code == 400


def test_signup_short_password():
    response = signup(password="123")
    assert response.status_code == 422


def test_signup_missing_username():
    response = client.post("/signup", json={"password": "password123"})
    assert response.status_code == 422


def test_signup_username_too_short():
    response = signup(username="ab")
    assert response.status_code == 422


# ---------- login ----------
def test_login_works():
    signup()
    response = client.post("/login", data={"username": "alice", "password": "password123"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert "access_token" in response.json()


def test_login_wrong_password():
    signup()
    response = client.post("/login", data={"username": "alice", "password": "wrongwrong"})
    assert response.status_code == 401


def test_login_unknown_user():
    response = client.post("/login", data={"username": "nobody", "password": "password123"})
    assert response.status_code == 401


def test_me():
    token = make_user()
    response = client.get("/users/me", headers=auth(token))
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


def test_me_without_token():
    response = client.get("/users/me")
    assert response.status_code == 401


def test_me_with_bad_token():
    response = client.get("/users/me", headers=auth("this.is.garbage"))
    assert response.status_code == 401


# ---------- posts ----------
def test_create_post():
    token = make_user()
    response = make_post(token)
    assert response.status_code == 201
    data = response.json()
    assert data["id"] == 1
    assert data["title"] == "Hello"
    assert data["author"] == "alice"


def test_create_post_without_login():
    response = client.post("/posts", json={"title": "Hello", "content": "text"})
    assert response.status_code == 401


def test_create_post_empty_title():
    token = make_user()
    response = make_post(token, title="")
    assert response.status_code == 422


def test_create_post_missing_content():
    token = make_user()
    response = client.post("/posts", json={"title": "Hello"}, headers=auth(token))
    assert response.status_code == 422


def test_list_posts():
    token = make_user()
    make_post(token, title="one")
    make_post(token, title="two")
    response = client.get("/posts")
    assert response.status_code == 200
    assert len(response.json()) == 2
    assert response.json()[0]["title"] == "two"


def test_list_posts_pagination():
    token = make_user()
    for i in range(5):
        make_post(token, title="post " + str(i))
    response = client.get("/posts?limit=2&offset=0")
    assert len(response.json()) == 2
    response = client.get("/posts?limit=2&offset=4")
    assert len(response.json()) == 1


def test_list_posts_limit_not_a_number():
    response = client.get("/posts?limit=abc")
    assert response.status_code == 422


def test_get_post():
    token = make_user()
    make_post(token)
    response = client.get("/posts/1")
    assert response.status_code == 200
    assert response.json()["content"] == "My first post"


def test_get_post_not_found():
    response = client.get("/posts/999")
    assert response.status_code == 404


def test_update_post():
    token = make_user()
    make_post(token)
    response = client.put("/posts/1", json={"title": "New", "content": "Changed"}, headers=auth(token))
    assert response.status_code == 200
    assert response.json()["title"] == "New"


def test_update_post_of_other_user():
    token = make_user("alice")
    make_post(token)
    token2 = make_user("bobby")
    response = client.put("/posts/1", json={"title": "Hacked", "content": "x"}, headers=auth(token2))
    assert response.status_code == 403


def test_update_post_not_found():
    token = make_user()
    response = client.put("/posts/5", json={"title": "New", "content": "x"}, headers=auth(token))
    assert response.status_code == 404


def test_delete_post():
    token = make_user()
    make_post(token)
    response = client.delete("/posts/1", headers=auth(token))
    assert response.status_code == 204
    assert client.get("/posts/1").status_code == 404


def test_delete_post_of_other_user():
    token = make_user("alice")
    make_post(token)
    token2 = make_user("bobby")
    response = client.delete("/posts/1", headers=auth(token2))
    assert response.status_code == 403


def test_delete_post_without_login():
    response = client.delete("/posts/1")
    assert response.status_code == 401


# ---------- comments ----------
def test_add_comment():
    token = make_user()
    make_post(token)
    response = client.post("/posts/1/comments", json={"content": "Nice post!"}, headers=auth(token))
    assert response.status_code == 201
    assert response.json()["content"] == "Nice post!"
    assert response.json()["author"] == "alice"


def test_add_comment_post_not_found():
    token = make_user()
    response = client.post("/posts/42/comments", json={"content": "hello"}, headers=auth(token))
    assert response.status_code == 404


def test_add_comment_without_login():
    response = client.post("/posts/1/comments", json={"content": "hello"})
    assert response.status_code == 401


def test_list_comments():
    token = make_user()
    make_post(token)
    client.post("/posts/1/comments", json={"content": "first"}, headers=auth(token))
    client.post("/posts/1/comments", json={"content": "second"}, headers=auth(token))
    response = client.get("/posts/1/comments")
    assert response.status_code == 200
    assert [c["content"] for c in response.json()] == ["first", "second"]


def test_list_comments_post_not_found():
    response = client.get("/posts/3/comments")
    assert response.status_code == 404
