from tests.feature_test_case import FeatureTestCase


class TestPosts(FeatureTestCase):
    def create_post(self, headers, title="Hello world"):
        return self.client.post("/api/posts", json={"title": title, "body": "Lorem ipsum"}, headers=headers)

    def test_guest_cannot_create_post(self):
        res = self.client.post("/api/posts", json={"title": "x", "body": "y"})
        assert res.status_code == 401

    def test_user_can_create_post(self):
        res = self.create_post(self.acting_as())
        assert res.status_code == 201
        assert res.json()["title"] == "Hello world"
        assert res.json()["user"]["username"] == "taylor"

    def test_title_is_required(self):
        res = self.client.post("/api/posts", json={"body": "y"}, headers=self.acting_as())
        assert res.status_code == 422
        assert res.json()["errors"]["title"] == ["The title field is required."]

    def test_anyone_can_list_posts(self):
        headers = self.acting_as()
        for i in range(3):
            self.create_post(headers, f"Post {i}")
        res = self.client.get("/api/posts?limit=2")
        assert res.status_code == 200
        assert len(res.json()["data"]) == 2
        assert res.json()["meta"]["total"] == 3

    def test_show_missing_post(self):
        assert self.client.get("/api/posts/999").status_code == 404

    def test_only_author_can_update(self):
        post = self.create_post(self.acting_as()).json()
        other = self.acting_as("jeffrey")
        res = self.client.put(f"/api/posts/{post['id']}", json={"title": "Hacked"}, headers=other)
        assert res.status_code == 403

    def test_author_can_update_and_delete(self):
        headers = self.acting_as()
        post = self.create_post(headers).json()
        res = self.client.put(f"/api/posts/{post['id']}", json={"title": "Updated"}, headers=headers)
        assert res.status_code == 200
        assert res.json()["title"] == "Updated"
        assert self.client.delete(f"/api/posts/{post['id']}", headers=headers).status_code == 204
        assert self.client.get(f"/api/posts/{post['id']}").status_code == 404


class TestComments(FeatureTestCase):
    def test_user_can_comment(self):
        headers = self.acting_as()
        post = self.client.post("/api/posts", json={"title": "t", "body": "b"}, headers=headers).json()
        res = self.client.post(f"/api/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=headers)
        assert res.status_code == 201
        comments = self.client.get(f"/api/posts/{post['id']}/comments").json()["data"]
        assert [c["body"] for c in comments] == ["Nice!"]

    def test_comment_on_missing_post(self):
        res = self.client.post("/api/posts/123/comments", json={"body": "x"}, headers=self.acting_as())
        assert res.status_code == 404

    def test_comment_body_is_required(self):
        headers = self.acting_as()
        post = self.client.post("/api/posts", json={"title": "t", "body": "b"}, headers=headers).json()
        res = self.client.post(f"/api/posts/{post['id']}/comments", json={}, headers=headers)
        assert res.status_code == 422
