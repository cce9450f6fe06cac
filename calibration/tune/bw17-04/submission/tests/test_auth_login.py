from datetime import datetime, timedelta, timezone

import pytest
from jose import jwt

from todo_api.auth import create_access_token
from todo_api.config import ALGORITHM, SECRET_KEY


@pytest.mark.smoke
def test_login_success_returns_bearer_token(client, user_factory, login):
    user = user_factory()
    response = login(user["username"])
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["access_token"]


@pytest.mark.smoke
def test_token_works_on_me_endpoint(client, user_factory, login):
    user = user_factory()
    token = login(user["username"]).json()["access_token"]
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json()["username"] == user["username"]


@pytest.mark.negative
def test_login_wrong_password_returns_401(client, user_factory, login):
    user = user_factory()
    response = login(user["username"], password="WrongPassword1")
    assert response.status_code == 401
    assert response.json()["detail"] == "Incorrect password"


@pytest.mark.negative
def test_login_unknown_user_returns_401(client, login):
    response = login("ghost")
    assert response.status_code == 401
    assert response.json()["detail"] == "User does not exist"


@pytest.mark.negative
@pytest.mark.parametrize(
    "data",
    [{}, {"username": "alice"}, {"password": "x"}],
    ids=["empty", "no-password", "no-username"],
)
def test_login_missing_form_fields_returns_422(client, data):
    response = client.post("/auth/login", data=data)
    assert response.status_code == 422


@pytest.mark.negative
def test_login_with_json_instead_of_form_returns_422(client, user_factory):
    user = user_factory()
    response = client.post("/auth/login", json={"username": user["username"], "password": user["password"]})
    assert response.status_code == 422


@pytest.mark.security
@pytest.mark.parametrize(
    "header",
    [
        pytest.param(None, id="no-header"),
        pytest.param("Bearer", id="bearer-no-token"),
        pytest.param("Bearer not.a.jwt", id="garbage-token"),
        pytest.param("Basic dXNlcjpwYXNz", id="basic-scheme"),
        pytest.param("Token abc", id="wrong-scheme"),
    ],
)
def test_me_with_invalid_authorization_returns_401(client, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 401


@pytest.mark.security
def test_expired_token_returns_401(client, user_factory):
    user = user_factory()
    token = create_access_token(user["username"], expires_minutes=-1)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


@pytest.mark.security
def test_token_signed_with_other_key_returns_401(client, user_factory):
    user = user_factory()
    expire = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode({"sub": user["username"], "exp": expire}, "not-the-secret", algorithm=ALGORITHM)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


@pytest.mark.security
def test_token_without_subject_returns_401(client):
    expire = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode({"exp": expire}, SECRET_KEY, algorithm=ALGORITHM)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


@pytest.mark.security
def test_token_for_unknown_user_returns_401(client):
    token = create_access_token("nobody_here")
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


@pytest.mark.security
def test_401_includes_www_authenticate_header(client):
    response = client.get("/auth/me")
    assert response.headers.get("www-authenticate") == "Bearer"
