import pytest

from tests.conftest import DEFAULT_PASSWORD


@pytest.mark.smoke
def test_register_success_returns_201(client):
    response = client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "created_at" in body


@pytest.mark.security
@pytest.mark.parametrize("forbidden_field", ["password", "hashed_password", "hash"])
def test_register_response_does_not_leak_password(client, forbidden_field):
    response = client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})
    assert forbidden_field not in response.json()


@pytest.mark.negative
def test_register_duplicate_username_returns_409(client, user_factory):
    user_factory(username="alice")
    response = client.post("/auth/register", json={"username": "alice", "password": DEFAULT_PASSWORD})
    assert response.status_code == 409
    assert response.json()["detail"] == "Username already exists"


@pytest.mark.negative
@pytest.mark.parametrize(
    "username",
    [
        pytest.param("", id="empty"),
        pytest.param("ab", id="too-short"),
        pytest.param("a" * 51, id="too-long"),
        pytest.param("has space", id="space"),
        pytest.param("semi;colon", id="semicolon"),
        pytest.param("quote'", id="quote"),
        pytest.param("émile", id="non-ascii"),
        pytest.param("drop table--", id="sql-ish"),
    ],
)
def test_register_invalid_username_returns_422(client, username):
    response = client.post("/auth/register", json={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 422


@pytest.mark.boundary
@pytest.mark.parametrize(
    "username,expected",
    [("abc", 201), ("a" * 50, 201), ("ab", 422), ("a" * 51, 422)],
    ids=["min", "max", "min-1", "max+1"],
)
def test_register_username_length_boundaries(client, username, expected):
    response = client.post("/auth/register", json={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == expected


@pytest.mark.boundary
@pytest.mark.parametrize(
    "password,expected",
    [("x" * 8, 201), ("x" * 128, 201), ("x" * 7, 422), ("x" * 129, 422), ("", 422)],
    ids=["min", "max", "min-1", "max+1", "empty"],
)
def test_register_password_length_boundaries(client, password, expected):
    response = client.post("/auth/register", json={"username": "bob", "password": password})
    assert response.status_code == expected


@pytest.mark.negative
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="empty-body"),
        pytest.param({"username": "alice"}, id="missing-password"),
        pytest.param({"password": DEFAULT_PASSWORD}, id="missing-username"),
        pytest.param({"username": 123, "password": DEFAULT_PASSWORD}, id="int-username"),
        pytest.param({"username": "alice", "password": None}, id="null-password"),
        pytest.param({"username": ["alice"], "password": DEFAULT_PASSWORD}, id="list-username"),
    ],
)
def test_register_malformed_payload_returns_422(client, payload):
    response = client.post("/auth/register", json=payload)
    assert response.status_code == 422
    assert "detail" in response.json()


@pytest.mark.negative
def test_register_non_json_body_returns_422(client):
    response = client.post(
        "/auth/register", content=b"not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
