from pathlib import Path

from httpx import ASGITransport, AsyncClient

from app.adapters.orm import init_models
from app.core.settings import Settings
from app.main import create_app


async def test_full_flow(tmp_path: Path) -> None:
    app = create_app(
        Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db", pbkdf2_iterations=1_000)
    )
    await init_models(app.state.container.engine)

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        r = await client.post(
            "/api/v1/auth/register", json={"username": "alice", "password": "password1"}
        )
        assert r.status_code == 201

        r = await client.post(
            "/api/v1/auth/token", data={"username": "alice", "password": "password1"}
        )
        headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

        r = await client.post("/api/v1/todos", json={"title": "buy milk"}, headers=headers)
        assert r.status_code == 201
        todo_id = r.json()["id"]

        r = await client.get("/api/v1/todos", headers=headers)
        assert r.status_code == 200
        assert len(r.json()) == 1

        r = await client.patch(f"/api/v1/todos/{todo_id}", json={"done": True}, headers=headers)
        assert r.json()["done"] is True

        r = await client.delete(f"/api/v1/todos/{todo_id}", headers=headers)
        assert r.status_code == 204

    await app.state.container.engine.dispose()
