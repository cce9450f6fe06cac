async def test_register_and_login(client):
    r = await client.post("/auth/register", json={"username": "carol", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "carol"
    assert "password" not in r.json()
    assert "password_hash" not in r.json()

    r = await client.post("/auth/token", data={"username": "carol", "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


async def test_register_duplicate(client):
    body = {"username": "carol", "password": "password123"}
    await client.post("/auth/register", json=body)
    r = await client.post("/auth/register", json=body)
    assert r.status_code == 409


async def test_register_validation(client):
    r = await client.post("/auth/register", json={"username": "c", "password": "password123"})
    assert r.status_code == 422
    r = await client.post("/auth/register", json={"username": "carol", "password": "short"})
    assert r.status_code == 422


async def test_login_bad_password(client, alice):
    r = await client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert r.status_code == 401


async def test_bad_token_is_401(client):
    r = await client.post(
        "/posts",
        json={"title": "x", "content": "y"},
        headers={"Authorization": "Bearer garbage"},
    )
    assert r.status_code == 401


async def test_request_id_header(client):
    r = await client.get("/health", headers={"X-Request-ID": "abc123"})
    assert r.headers["x-request-id"] == "abc123"
