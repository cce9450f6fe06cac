class CommentControllerTest:
    def createAuthenticatedHeaders(self, client, username: str = "john") -> dict[str, str]:
        client.post("/api/register", json={"username": username, "password": "password123"})
        response = client.post("/api/login_check", json={"username": username, "password": "password123"})
        return {"Authorization": f"Bearer {response.json()['token']}"}

    def testNew(self, client):
        headers = self.createAuthenticatedHeaders(client)
        postId = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers).json()["id"]

        response = client.post(f"/api/posts/{postId}/comments", json={"content": "Nice post"}, headers=headers)

        assert response.status_code == 201
        assert response.json()["postId"] == postId
        assert response.json()["author"]["username"] == "john"

    def testIndex(self, client):
        headers = self.createAuthenticatedHeaders(client)
        postId = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers).json()["id"]
        client.post(f"/api/posts/{postId}/comments", json={"content": "First"}, headers=headers)
        client.post(f"/api/posts/{postId}/comments", json={"content": "Second"}, headers=headers)

        response = client.get(f"/api/posts/{postId}/comments")

        assert response.status_code == 200
        assert [c["content"] for c in response.json()] == ["First", "Second"]
        assert client.get(f"/api/posts/{postId}").json()["commentCount"] == 2
