class TestPostViewSet:
    list_url = "/api/posts/"

    def detail_url(self, pk):
        return f"/api/posts/{pk}/"

    def create_post(self, client, headers, title="Hello", content="World"):
        response = client.post(self.list_url, json={"title": title, "content": content}, headers=headers)
        assert response.status_code == 201
        return response.json()

    def test_list_posts_anonymous(self, client, auth_headers):
        self.create_post(client, auth_headers)
        response = client.get(self.list_url)
        assert response.status_code == 200
        data = response.json()
        assert data["count"] == 1
        assert data["results"][0]["author"]["username"] == "john"
        assert data["results"][0]["comments_count"] == 0

    def test_list_posts_pagination(self, client, auth_headers):
        for i in range(15):
            self.create_post(client, auth_headers, title=f"Post {i}")
        response = client.get(self.list_url)
        data = response.json()
        assert data["count"] == 15
        assert len(data["results"]) == 10
        assert data["next"] is not None

        response = client.get(self.list_url, params={"limit": 5, "offset": 10})
        data = response.json()
        assert len(data["results"]) == 5
        assert data["next"] is None
        assert data["previous"] is not None

    def test_create_post(self, client, auth_headers):
        post = self.create_post(client, auth_headers)
        assert post["title"] == "Hello"
        assert post["author"]["username"] == "john"
        assert "id" in post

    def test_create_post_unauthenticated(self, client):
        response = client.post(self.list_url, json={"title": "Hello", "content": "World"})
        assert response.status_code == 401

    def test_create_post_missing_title(self, client, auth_headers):
        response = client.post(self.list_url, json={"content": "World"}, headers=auth_headers)
        assert response.status_code == 422

    def test_retrieve_post(self, client, auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.get(self.detail_url(post["id"]))
        assert response.status_code == 200
        assert response.json()["content"] == "World"

    def test_retrieve_post_not_found(self, client):
        response = client.get(self.detail_url(999))
        assert response.status_code == 404

    def test_update_post(self, client, auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.patch(self.detail_url(post["id"]), json={"title": "Updated"}, headers=auth_headers)
        assert response.status_code == 200
        assert response.json()["title"] == "Updated"
        assert response.json()["content"] == "World"

    def test_update_post_not_author(self, client, auth_headers, other_auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.put(self.detail_url(post["id"]), json={"title": "Hacked"}, headers=other_auth_headers)
        assert response.status_code == 403

    def test_delete_post(self, client, auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.delete(self.detail_url(post["id"]), headers=auth_headers)
        assert response.status_code == 204
        assert client.get(self.detail_url(post["id"])).status_code == 404

    def test_delete_post_not_author(self, client, auth_headers, other_auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.delete(self.detail_url(post["id"]), headers=other_auth_headers)
        assert response.status_code == 403


class TestCommentViewSet:
    def create_post(self, client, headers):
        response = client.post("/api/posts/", json={"title": "Hello", "content": "World"}, headers=headers)
        return response.json()

    def test_create_and_list_comments(self, client, auth_headers, other_auth_headers):
        post = self.create_post(client, auth_headers)
        url = f"/api/posts/{post['id']}/comments/"
        response = client.post(url, json={"body": "Nice post"}, headers=other_auth_headers)
        assert response.status_code == 201
        assert response.json()["author"]["username"] == "jane"

        response = client.get(url)
        assert response.status_code == 200
        assert response.json()["count"] == 1

        response = client.get("/api/posts/")
        assert response.json()["results"][0]["comments_count"] == 1

    def test_comment_on_missing_post(self, client, auth_headers):
        response = client.post("/api/posts/999/comments/", json={"body": "Hello?"}, headers=auth_headers)
        assert response.status_code == 404

    def test_comment_unauthenticated(self, client, auth_headers):
        post = self.create_post(client, auth_headers)
        response = client.post(f"/api/posts/{post['id']}/comments/", json={"body": "Hi"})
        assert response.status_code == 401
