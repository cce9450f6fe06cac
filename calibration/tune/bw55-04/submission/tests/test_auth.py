from tests.conftest import PASSWORD


async def test_register(client):
    resp = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert resp.status_code == 201
    data = resp.json()
    assert data["username"] == "alice"
    assert "password" not in data
    assert "hashed_password" not in data


async def test_register_duplicate_username(client):
    await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    resp = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert resp.status_code == 400


async def test_register_validation(client):
    resp = await client.post("/auth/register", json={"username": "al", "password": PASSWORD})
    assert resp.status_code == 422
    resp = await client.post("/auth/register", json={"username": "alice", "password": "short"})
    assert resp.status_code == 422
    resp = await client.post("/auth/register", json={"username": "alice"})
    assert resp.status_code == 422


async def test_login(client):
    await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    resp = await client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"


async def test_login_wrong_password(client):
    await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    resp = await client.post("/auth/token", data={"username": "alice", "password": "wrongpass"})
    assert resp.status_code == 401


async def test_login_unknown_user(client):
    resp = await client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert resp.status_code == 401


async def test_me(client, alice):
    resp = await client.get("/auth/me", headers=alice)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"


async def test_me_invalid_token(client):
    resp = await client.get("/auth/me", headers={"Authorization": "Bearer garbage"})
    assert resp.status_code == 401
    resp = await client.get("/auth/me")
    assert resp.status_code == 401
