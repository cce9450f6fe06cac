import os
import shutil
import tempfile
import unittest

from fastapi.testclient import TestClient

from blog.main import create_app
from blog.passwords import dummy_hash
from blog.settings import get_settings

PASSWORD = "correct horse battery"


class BlogTestCase(unittest.TestCase):
    """Fresh sqlite file and fresh app per test. Cheap scrypt parameters."""

    def setUp(self) -> None:
        self._tmp = tempfile.mkdtemp(prefix="blogtest-")
        self.db_path = os.path.join(self._tmp, "blog.sqlite3")
        self._saved_env = dict(os.environ)
        os.environ.update(
            {
                "BLOG_SECRET_KEY": "k" * 48,
                "BLOG_DB_PATH": self.db_path,
                "BLOG_SCRYPT_N": "16",
                "BLOG_CORS_ORIGINS": "",
            }
        )
        get_settings.cache_clear()
        dummy_hash.cache_clear()
        self.client = TestClient(create_app())
        self.client.__enter__()

    def tearDown(self) -> None:
        self.client.__exit__(None, None, None)
        os.environ.clear()
        os.environ.update(self._saved_env)
        get_settings.cache_clear()
        shutil.rmtree(self._tmp, ignore_errors=True)

    def register(self, username: str) -> int:
        r = self.client.post("/auth/register", json={"username": username, "password": PASSWORD})
        self.assertEqual(r.status_code, 201, r.text)
        return r.json()["id"]

    def login(self, username: str) -> dict[str, str]:
        r = self.client.post("/auth/token", data={"username": username, "password": PASSWORD})
        self.assertEqual(r.status_code, 200, r.text)
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def new_user(self, username: str) -> dict[str, str]:
        self.register(username)
        return self.login(username)

    def new_post(self, headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict:
        r = self.client.post("/posts", json={"title": title, "content": content}, headers=headers)
        self.assertEqual(r.status_code, 201, r.text)
        return r.json()
