import pytest
from jose import jwt

from app import schemas
from app.config import settings


def test_root(client):
    res = client.get("/")
    assert res.status_code == 200


def test_create_user(client):
    res = client.post("/users/", json={"username": "hello123", "password": "password123"})
    new_user = schemas.UserOut(**res.json())
    assert new_user.username == "hello123"
    assert res.status_code == 201
    assert "password" not in res.json()


def test_create_duplicate_user(client, test_user):
    res = client.post("/users/", json={"username": "john", "password": "password123"})
    assert res.status_code == 409


def test_login_user(client, test_user):
    res = client.post("/login", data={"username": test_user["username"], "password": test_user["password"]})
    login_res = schemas.Token(**res.json())
    payload = jwt.decode(login_res.access_token, settings.secret_key, algorithms=[settings.algorithm])
    assert payload.get("user_id") == test_user["id"]
    assert login_res.token_type == "bearer"
    assert res.status_code == 200


@pytest.mark.parametrize(
    "username, password, status_code",
    [
        ("wrongname", "password123", 403),
        ("john", "wrongpassword", 403),
        ("wrongname", "wrongpassword", 403),
        (None, "password123", 422),
        ("john", None, 422),
    ],
)
def test_incorrect_login(test_user, client, username, password, status_code):
    data = {}
    if username is not None:
        data["username"] = username
    if password is not None:
        data["password"] = password
    res = client.post("/login", data=data)
    assert res.status_code == status_code


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ab", "password": "password123"},
        {"username": "valid", "password": "short"},
        {"password": "password123"},
    ],
)
def test_create_user_invalid(client, payload):
    res = client.post("/users/", json=payload)
    assert res.status_code == 422


def test_get_me(authorized_client, test_user):
    res = authorized_client.get("/users/me")
    assert res.status_code == 200
    assert res.json()["username"] == "john"


def test_get_me_unauthorized(client):
    res = client.get("/users/me")
    assert res.status_code == 401


def test_get_me_bad_token(client):
    res = client.get("/users/me", headers={"Authorization": "Bearer garbage"})
    assert res.status_code == 401


def test_update_bio(authorized_client, test_user):
    res = authorized_client.patch("/users/me", json={"bio": "I write things"})
    assert res.status_code == 200
    assert res.json()["bio"] == "I write things"


def test_get_user_profile(client, test_posts, test_user):
    res = client.get(f"/users/{test_user['id']}")
    assert res.status_code == 200
    assert len(res.json()["posts"]) == 3


def test_get_user_not_exist(client):
    res = client.get("/users/8888")
    assert res.status_code == 404
