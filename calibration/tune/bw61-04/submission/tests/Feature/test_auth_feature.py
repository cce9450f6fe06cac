from httpx import AsyncClient

PASSWORD = "s3cret-passw0rd"


class TestRegistration:
    async def test_a_user_can_register(self, client: AsyncClient) -> None:
        response = await client.post(
            "/api/v1/auth/register", json={"username": "taylor", "password": PASSWORD}
        )

        assert response.status_code == 201
        body = response.json()
        assert body["username"] == "taylor"
        assert isinstance(body["id"], int)
        assert "password" not in body and "password_hash" not in body

    async def test_the_username_must_be_unique(self, client: AsyncClient) -> None:
        payload = {"username": "taylor", "password": PASSWORD}
        await client.post("/api/v1/auth/register", json=payload)

        response = await client.post("/api/v1/auth/register", json=payload)

        assert response.status_code == 409

    async def test_invalid_payloads_are_rejected(self, client: AsyncClient) -> None:
        for payload in (
            {},
            {"username": "taylor"},
            {"username": "taylor", "password": "short"},
            {"username": "no spaces allowed", "password": PASSWORD},
            {"username": ["taylor"], "password": PASSWORD},
            {"username": "taylor", "password": PASSWORD, "is_admin": True},
        ):
            response = await client.post("/api/v1/auth/register", json=payload)
            assert response.status_code == 422, payload


class TestLogin:
    async def test_a_user_can_get_a_token(self, client: AsyncClient) -> None:
        await client.post("/api/v1/auth/register", json={"username": "taylor", "password": PASSWORD})

        response = await client.post(
            "/api/v1/auth/token", data={"username": "taylor", "password": PASSWORD}
        )

        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"
        token = response.json()["access_token"]
        me = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["username"] == "taylor"

    async def test_wrong_password_and_unknown_user_answer_401(self, client: AsyncClient) -> None:
        await client.post("/api/v1/auth/register", json={"username": "taylor", "password": PASSWORD})

        wrong = await client.post(
            "/api/v1/auth/token", data={"username": "taylor", "password": "wrong-password"}
        )
        unknown = await client.post(
            "/api/v1/auth/token", data={"username": "nobody", "password": PASSWORD}
        )

        assert wrong.status_code == 401
        assert unknown.status_code == 401
        assert wrong.json() == unknown.json()

    async def test_garbage_or_missing_token_answers_401(self, client: AsyncClient) -> None:
        assert (await client.get("/api/v1/auth/me")).status_code == 401
        garbage = await client.get("/api/v1/auth/me", headers={"Authorization": "Bearer abc.def"})
        assert garbage.status_code == 401
