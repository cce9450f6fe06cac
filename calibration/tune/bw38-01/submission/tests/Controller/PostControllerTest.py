class PostControllerTest:
    def createAuthenticatedHeaders(self, client, username: str = "john") -> dict[str, str]:
        client.post("/api/register", json={"username": username, "password": "password123"})
        response = client.post("/api/login_check", json={"username": username, "password": "password123"})
        return {"Authorization": f"Bearer {response.json()['token']}"}

    def testNew(self, client):
        headers = self.createAuthenticatedHeaders(client)

        response = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers)

        assert response.status_code == 201
        assert response.json()["title"] == "Hello"
        assert response.json()["author"]["username"] == "john"
        assert response.json()["commentCount"] == 0

    def testIndex(self, client):
        headers = self.createAuthenticatedHeaders(client)
        for i in range(3):
            client.post("/api/posts", json={"title": f"Post {i}", "content": "..."}, headers=headers)

        response = client.get("/api/posts?limit=2")

        assert response.status_code == 200
        assert len(response.json()) == 2

    def testShow(self, client):
        headers = self.createAuthenticatedHeaders(client)
        postId = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers).json()["id"]

        response = client.get(f"/api/posts/{postId}")

        assert response.status_code == 200
        assert response.json()["content"] == "World"

    def testEdit(self, client):
        headers = self.createAuthenticatedHeaders(client)
        postId = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers).json()["id"]

        response = client.patch(f"/api/posts/{postId}", json={"title": "Updated"}, headers=headers)

        assert response.status_code == 200
        assert response.json()["title"] == "Updated"
        assert response.json()["updatedAt"] is not None

    def testDelete(self, client):
        headers = self.createAuthenticatedHeaders(client)
        postId = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers).json()["id"]

        response = client.delete(f"/api/posts/{postId}", headers=headers)

        assert response.status_code == 204
