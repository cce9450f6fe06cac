from tests.feature_test_case import FeatureTestCase


class TestAuth(FeatureTestCase):
    def test_user_can_register(self):
        res = self.register()
        assert res.status_code == 201
        assert res.json()["username"] == "taylor"
        assert "password" not in res.json()

    def test_register_requires_password_confirmation(self):
        res = self.client.post("/api/register", json={
            "username": "taylor", "password": "secret123", "password_confirmation": "nope",
        })
        assert res.status_code == 422
        assert "password" in res.json()["errors"]

    def test_username_must_be_unique(self):
        self.register()
        res = self.register()
        assert res.status_code == 422
        assert res.json()["errors"]["username"] == ["The username has already been taken."]

    def test_login_with_wrong_password(self):
        self.register()
        res = self.client.post("/api/login", json={"username": "taylor", "password": "wrong"})
        assert res.status_code == 401

    def test_logout_revokes_token(self):
        headers = self.acting_as()
        assert self.client.post("/api/logout", headers=headers).status_code == 204
        res = self.client.post("/api/posts", json={"title": "x", "body": "y"}, headers=headers)
        assert res.status_code == 401
