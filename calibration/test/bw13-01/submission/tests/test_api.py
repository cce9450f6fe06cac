def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_readyz(client):
    r = client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["status"] == "ready"


def test_request_id_echoed(client):
    r = client.get("/healthz", headers={"X-Request-ID": "abc123"})
    assert r.headers["x-request-id"] == "abc123"


def test_signup_and_login(client):
    r = client.post("/auth/signup", json={"username": "bob", "password": "password123"})
    assert r.status_code == 201
    assert "password" not in r.text
    r = client.post("/auth/login", json={"username": "bob", "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_create_and_list(client, auth_headers):
    r = client.post("/todos", json={"title": "buy milk"}, headers=auth_headers)
    assert r.status_code == 200
    todo = r.json()
    assert todo["title"] == "buy milk"
    assert todo["done"] is False

    r = client.get("/todos", headers=auth_headers)
    assert r.status_code == 200
    assert [t["id"] for t in r.json()] == [todo["id"]]


def test_update_and_delete(client, auth_headers):
    todo = client.post("/todos", json={"title": "write report"}, headers=auth_headers).json()

    r = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == "write report"

    r = client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert r.status_code == 200
    assert r.json() == {"status": "deleted"}
