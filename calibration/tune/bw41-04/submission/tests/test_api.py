import uuid

PASSWORD = "s3cret-pass"


def _username() -> str:
    return f"user-{uuid.uuid4().hex[:8]}"


def _auth_headers(client) -> dict[str, str]:
    username = _username()
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_signup_and_login(client):
    username = _username()
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201
    assert r.json()["username"] == username
    assert "password" not in r.json()
    assert "hashed_password" not in r.json()

    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_todo_crud(client):
    headers = _auth_headers(client)

    r = client.post("/todos", json={"title": "write Dockerfile"}, headers=headers)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"]
    assert todo["done"] is False

    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert [t["id"] for t in r.json()] == [todo["id"]]

    r = client.get(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 200

    r = client.put(
        f"/todos/{todo['id']}",
        json={"title": "write Dockerfile", "done": True},
        headers=headers,
    )
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 204


def test_todos_require_auth(client):
    assert client.get("/todos").status_code == 401
