from tests.base import APITestCase


class RegisterTests(APITestCase):
    def test_register(self):
        response = self.register()
        self.assertEqual(response.status_code, 201)
        data = response.json()
        self.assertEqual(data["username"], "alice")
        self.assertNotIn("password", data)

    def test_register_duplicate_username(self):
        self.register()
        response = self.register()
        self.assertEqual(response.status_code, 400)

    def test_register_short_password(self):
        response = self.register(password="123")
        self.assertEqual(response.status_code, 422)

    def test_register_invalid_username(self):
        response = self.register(username="no spaces allowed")
        self.assertEqual(response.status_code, 422)


class LoginTests(APITestCase):
    def setUp(self):
        super().setUp()
        self.register()

    def test_login(self):
        response = self.client.post(
            "/auth/token", data={"username": "alice", "password": "password123"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["token_type"], "bearer")

    def test_login_wrong_password(self):
        response = self.client.post("/auth/token", data={"username": "alice", "password": "wrong"})
        self.assertEqual(response.status_code, 401)

    def test_login_unknown_user(self):
        response = self.client.post("/auth/token", data={"username": "bob", "password": "password123"})
        self.assertEqual(response.status_code, 401)

    def test_me(self):
        response = self.client.get("/auth/me", headers=self.login())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["username"], "alice")

    def test_me_without_token(self):
        self.assertEqual(self.client.get("/auth/me").status_code, 401)

    def test_me_with_invalid_token(self):
        response = self.client.get("/auth/me", headers={"Authorization": "Bearer garbage"})
        self.assertEqual(response.status_code, 401)
