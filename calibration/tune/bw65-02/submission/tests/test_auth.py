from httpx import AsyncClient


class DescribeSignup:
    async def it_creates_a_user_and_never_returns_the_password(self, client: AsyncClient) -> None:
        res = await client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
        assert res.status_code == 201
        body = res.json()
        assert body["username"] == "alice"
        assert "id" in body
        assert "password" not in body
        assert "password_hash" not in body

    async def it_rejects_a_duplicate_username(self, client: AsyncClient) -> None:
        payload = {"username": "alice", "password": "correct-horse"}
        await client.post("/auth/signup", json=payload)
        res = await client.post("/auth/signup", json=payload)
        assert res.status_code == 409

    async def it_rejects_a_short_password(self, client: AsyncClient) -> None:
        res = await client.post("/auth/signup", json={"username": "alice", "password": "short"})
        assert res.status_code == 422

    async def it_rejects_a_missing_username(self, client: AsyncClient) -> None:
        res = await client.post("/auth/signup", json={"password": "correct-horse"})
        assert res.status_code == 422

    async def it_rejects_a_non_json_body(self, client: AsyncClient) -> None:
        res = await client.post(
            "/auth/signup", content=b"not json", headers={"Content-Type": "application/json"}
        )
        assert res.status_code == 422


class DescribeLogin:
    async def it_returns_a_bearer_token(self, client: AsyncClient) -> None:
        await client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
        res = await client.post("/auth/login", data={"username": "alice", "password": "correct-horse"})
        assert res.status_code == 200
        assert res.json()["token_type"] == "bearer"
        assert res.json()["access_token"]

    async def it_refuses_a_wrong_password(self, client: AsyncClient) -> None:
        await client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
        res = await client.post("/auth/login", data={"username": "alice", "password": "wrong-horse"})
        assert res.status_code == 401

    async def it_refuses_an_unknown_user(self, client: AsyncClient) -> None:
        res = await client.post("/auth/login", data={"username": "ghost", "password": "whatever1"})
        assert res.status_code == 401


class DescribeMe:
    async def it_returns_the_current_user(self, client: AsyncClient, alice: dict[str, str]) -> None:
        res = await client.get("/auth/me", headers=alice)
        assert res.status_code == 200
        assert res.json()["username"] == "alice"

    async def it_needs_a_token(self, client: AsyncClient) -> None:
        res = await client.get("/auth/me")
        assert res.status_code == 401

    async def it_rejects_a_garbage_token(self, client: AsyncClient) -> None:
        res = await client.get("/auth/me", headers={"Authorization": "Bearer nope"})
        assert res.status_code == 401
