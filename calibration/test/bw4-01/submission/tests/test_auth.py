async def test_signup(client):
    resp = await client.post("/auth/signup", json={"username": "bob", "password": "password123"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "bob"
    assert "password" not in body
    assert "hashed_password" not in body


async def test_login_returns_token(client):
    await client.post("/auth/signup", json={"username": "carol", "password": "password123"})
    resp = await client.post("/auth/token", data={"username": "carol", "password": "password123"})
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"
    assert resp.json()["access_token"]


async def test_me(client, auth_headers):
    resp = await client.get("/auth/me", headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"
