import pytest

from tests.conftest import PASSWORD, USERNAME

# ---------------- signup / login


def test_signup(client):
    r = client.post("/signup", json={"username": "new_user_1", "password": "pass1234"})
    assert r.status_code == 201
    assert r.json()["username"] == "new_user_1"


def test_signup_duplicate(client, headers):
    r = client.post("/signup", json={"username": USERNAME, "password": PASSWORD})
    assert r.status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "abc"},
        {"password": "abc"},
        {"username": "", "password": "abc"},
        {"username": "abc", "password": ""},
    ],
)
def test_signup_missing_fields(client, body):
    r = client.post("/signup", json=body)
    assert r.status_code == 400


def test_login(client, headers):
    r = client.post("/login", data={"username": USERNAME, "password": PASSWORD})
    assert r.status_code == 200
    assert "access_token" in r.json()


@pytest.mark.parametrize(
    "username,password",
    [
        (USERNAME, "wrong"),
        ("does_not_exist", PASSWORD),
    ],
)
def test_login_wrong(client, headers, username, password):
    r = client.post("/login", data={"username": username, "password": password})
    assert r.status_code == 401


def test_no_token(client):
    r = client.get("/todos")
    assert r.status_code == 401


def test_bad_token(client):
    r = client.get("/todos", headers={"Authorization": "Bearer abc"})
    assert r.status_code == 401


# ---------------- todos


def test_create_todo(client, headers):
    r = client.post("/todos", json={"title": "buy milk"}, headers=headers)
    assert r.status_code == 201
    assert r.json()["title"] == "buy milk"
    assert r.json()["done"] is False
    assert "id" in r.json()


@pytest.mark.parametrize(
    "title,description,done",
    [
        ("a", None, False),
        ("with description", "some text", False),
        ("already done", None, True),
        ("unicode ✓ zażółć", "ęą", False),
    ],
)
def test_create_todo_variants(client, headers, title, description, done):
    r = client.post(
        "/todos",
        json={"title": title, "description": description, "done": done},
        headers=headers,
    )
    assert r.status_code == 201
    assert r.json()["title"] == title
    assert r.json()["description"] == description
    assert r.json()["done"] == done


def test_create_todo_no_title(client, headers):
    r = client.post("/todos", json={"description": "no title"}, headers=headers)
    assert r.status_code == 422


def test_get_todo(client, headers, todo_factory):
    todo = todo_factory(title="get me")
    r = client.get(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 200
    assert r.json()["title"] == "get me"


def test_get_todo_not_found(client, headers):
    r = client.get("/todos/999999", headers=headers)
    assert r.status_code == 404


def test_list_todos(client, headers, todo_factory):
    for i in range(3):
        todo_factory(title=f"list {i}")
    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert len(r.json()) >= 3


def test_pagination_default_limit(client, headers, todo_factory):
    for i in range(25):
        todo_factory(title=f"bulk {i}")
    r = client.get("/todos", headers=headers)
    assert len(r.json()) == 20


def test_pagination_offset(client, headers, todo_factory):
    for i in range(15):
        todo_factory(title=f"page {i}")
    r = client.get("/todos?limit=5&offset=10", headers=headers)
    titles = [t["title"] for t in r.json()]
    assert titles == ["page 10", "page 11", "page 12", "page 13", "page 14"]


def test_update_todo(client, headers, todo_factory):
    todo = todo_factory(title="old")
    r = client.put(
        f"/todos/{todo['id']}",
        json={"title": "new", "description": "changed", "done": True},
        headers=headers,
    )
    assert r.status_code == 200
    assert r.json()["title"] == "new"
    assert r.json()["done"] is True


def test_update_todo_not_found(client, headers):
    r = client.put("/todos/999999", json={"title": "x"}, headers=headers)
    assert r.status_code == 404


def test_delete_todo(client, headers, todo_factory):
    todo = todo_factory()
    r = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 200
    r = client.get(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 404


# ---------------- other user


def test_other_user_cannot_see_todo(client, other_headers, todo_factory):
    todo = todo_factory(title="private")
    r = client.get(f"/todos/{todo['id']}", headers=other_headers)
    assert r.status_code == 404


def test_other_user_cannot_delete_todo(client, headers, other_headers, todo_factory):
    todo = todo_factory(title="private")
    r = client.delete(f"/todos/{todo['id']}", headers=other_headers)
    assert r.status_code == 404
    r = client.get(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 200


def test_other_user_list_is_separate(client, other_headers):
    r = client.get("/todos", headers=other_headers)
    assert r.json() == []
