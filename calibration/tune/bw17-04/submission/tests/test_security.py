import pytest

from todo_api import models

pytestmark = pytest.mark.security

PROTECTED_ENDPOINTS = [
    ("get", "/todos"),
    ("post", "/todos"),
    ("get", "/todos/1"),
    ("patch", "/todos/1"),
    ("delete", "/todos/1"),
    ("get", "/auth/me"),
]


@pytest.mark.parametrize("method,url", PROTECTED_ENDPOINTS, ids=[f"{m} {u}" for m, u in PROTECTED_ENDPOINTS])
def test_protected_endpoints_require_token(client, method, url):
    kwargs = {"json": {"title": "x"}} if method in ("post", "patch") else {}
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == 401


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_cannot_access_other_users_todo(client, auth_headers, other_auth_headers, todo_factory, method):
    todo = todo_factory(headers=auth_headers)
    kwargs = {"json": {"done": True}} if method == "patch" else {}
    response = getattr(client, method)(f"/todos/{todo['id']}", headers=other_auth_headers, **kwargs)
    assert response.status_code == 404


def test_other_users_todo_is_unchanged_after_attempts(client, auth_headers, other_auth_headers, todo_factory):
    todo = todo_factory(headers=auth_headers)
    client.patch(f"/todos/{todo['id']}", json={"title": "hacked"}, headers=other_auth_headers)
    client.delete(f"/todos/{todo['id']}", headers=other_auth_headers)
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json() == todo


def test_list_only_shows_own_todos(client, auth_headers, other_auth_headers, todo_factory):
    todo_factory(headers=auth_headers, title="mine")
    todo_factory(headers=other_auth_headers, title="theirs")
    mine = client.get("/todos", headers=auth_headers).json()
    theirs = client.get("/todos", headers=other_auth_headers).json()
    assert [t["title"] for t in mine["items"]] == ["mine"]
    assert [t["title"] for t in theirs["items"]] == ["theirs"]
    assert mine["total"] == theirs["total"] == 1


def test_password_is_stored_hashed(client, user_factory, db_session):
    user = user_factory(username="hashcheck")
    stored = db_session.query(models.User).filter_by(username="hashcheck").one().hashed_password
    assert stored != user["password"]
    assert stored.startswith("$pbkdf2-sha256$")


def test_same_password_gives_different_hashes(client, user_factory, db_session):
    user_factory(username="salt_one")
    user_factory(username="salt_two")
    hashes = {u.hashed_password for u in db_session.query(models.User).all()}
    assert len(hashes) == 2


def test_sql_injection_in_username_is_rejected(client):
    response = client.post("/auth/register", json={"username": "x' OR '1'='1", "password": "Passw0rd!!"})
    assert response.status_code == 422
