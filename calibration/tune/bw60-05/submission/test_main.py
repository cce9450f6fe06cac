import httpx

from main import app


async def test_signup_login_and_create_todo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/signup", json={"username": "tomasz", "password": "pass"})
        assert r.status_code == 200

        r = await client.post("/login", json={"username": "tomasz", "password": "pass"})
        assert r.status_code == 200
        token = r.json()["token"]

        r = await client.post(
            "/todos", json={"title": "test"}, headers={"Authorization": f"Bearer {token}"}
        )
        assert r.status_code == 201
        assert r.json()["title"] == "test"
