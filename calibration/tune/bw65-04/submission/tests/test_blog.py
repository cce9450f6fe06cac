def auth(token):
    return {"Authorization": f"Bearer {token}"}


# describe("auth")
class TestAuth:
    async def test_signup(self, api):
        res = await api.post("/auth/signup", json={"username": "bob", "password": "password1"})
        assert res.status_code == 201
        assert res.json()["username"] == "bob"
        assert "password_hash" not in res.json()

    async def test_login(self, api):
        await api.post("/auth/signup", json={"username": "bob", "password": "password1"})
        res = await api.post("/auth/login", json={"username": "bob", "password": "password1"})
        assert res.status_code == 200
        assert "access_token" in res.json()


# describe("posts")
class TestPosts:
    async def test_create_post(self, api, token):
        res = await api.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth(token)
        )
        assert res.status_code == 201
        assert res.json()["title"] == "Hello"
        assert res.json()["author"]["username"] == "jane"

    async def test_create_post_needs_login(self, api):
        res = await api.post("/posts", json={"title": "Hello", "content": "World"})
        assert res.status_code == 401

    async def test_list_posts(self, api, token):
        for i in range(3):
            await api.post(
                "/posts", json={"title": f"post {i}", "content": "x"}, headers=auth(token)
            )
        res = await api.get("/posts?limit=2")
        assert res.status_code == 200
        assert res.json()["total"] == 3
        assert len(res.json()["items"]) == 2

    async def test_get_post(self, api, token):
        created = await api.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth(token)
        )
        res = await api.get(f"/posts/{created.json()['id']}")
        assert res.status_code == 200
        assert res.json()["content"] == "World"

    async def test_update_post(self, api, token):
        created = await api.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth(token)
        )
        res = await api.put(
            f"/posts/{created.json()['id']}", json={"title": "Edited"}, headers=auth(token)
        )
        assert res.status_code == 200
        assert res.json()["title"] == "Edited"

    async def test_delete_post(self, api, token):
        created = await api.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth(token)
        )
        res = await api.delete(f"/posts/{created.json()['id']}", headers=auth(token))
        assert res.status_code == 204


# describe("comments")
class TestComments:
    async def test_add_and_list_comments(self, api, token):
        created = await api.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth(token)
        )
        post_id = created.json()["id"]
        res = await api.post(
            f"/posts/{post_id}/comments", json={"content": "first!"}, headers=auth(token)
        )
        assert res.status_code == 201

        res = await api.get(f"/posts/{post_id}/comments")
        assert res.status_code == 200
        assert res.json()["items"][0]["content"] == "first!"
