import sqlite3
import unittest

from blog.permissions import Perm

from .base import PASSWORD, BlogTestCase


class RegisterTests(BlogTestCase):
    def test_register_201_and_no_password_in_response(self) -> None:
        r = self.client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
        self.assertEqual(r.status_code, 201)
        self.assertEqual(set(r.json()), {"id", "username"})

    def test_hash_is_scrypt_not_plaintext(self) -> None:
        self.register("ada")
        conn = sqlite3.connect(self.db_path)
        try:
            (encoded,) = conn.execute("SELECT pw_hash FROM users").fetchone()
        finally:
            conn.close()
        self.assertTrue(encoded.startswith("scrypt$"))
        self.assertNotIn(PASSWORD, encoded)

    def test_duplicate_is_409_case_insensitive(self) -> None:
        self.register("ada")
        r = self.client.post("/auth/register", json={"username": "ADA", "password": PASSWORD})
        self.assertEqual(r.status_code, 409)

    def test_invalid_bodies_are_422(self) -> None:
        bad = [
            {},
            {"username": "ada"},
            {"username": "ab", "password": PASSWORD},
            {"username": "a d a", "password": PASSWORD},
            {"username": "ada", "password": "short"},
            {"username": "ada", "password": PASSWORD, "perms": 255},
            {"username": ["ada"], "password": PASSWORD},
        ]
        for body in bad:
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/auth/register", json=body).status_code, 422)


class LoginTests(BlogTestCase):
    def test_wrong_password_401(self) -> None:
        self.register("ada")
        r = self.client.post("/auth/token", data={"username": "ada", "password": "nope nope nope"})
        self.assertEqual(r.status_code, 401)
        self.assertEqual(r.headers.get("www-authenticate"), "Bearer")

    def test_unknown_user_401(self) -> None:
        r = self.client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
        self.assertEqual(r.status_code, 401)

    def test_me(self) -> None:
        h = self.new_user("ada")
        r = self.client.get("/auth/me", headers=h)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["username"], "ada")

    def test_bad_tokens_401(self) -> None:
        for value in ("", "Bearer", "Bearer x.y.z", "Basic YWRhOnB3"):
            with self.subTest(value=value):
                r = self.client.post(
                    "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": value}
                )
                self.assertEqual(r.status_code, 401)

    def test_suspended_account_cannot_write(self) -> None:
        h = self.new_user("ada")
        conn = sqlite3.connect(self.db_path)
        try:
            with conn:
                conn.execute("UPDATE users SET perms = perms | ?", (int(Perm.SUSPENDED),))
        finally:
            conn.close()
        r = self.client.post("/posts", json={"title": "t", "content": "c"}, headers=h)
        self.assertEqual(r.status_code, 403)
        self.assertEqual(self.client.get("/posts").status_code, 200)


if __name__ == "__main__":
    unittest.main()
