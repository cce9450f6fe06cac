# =====================================================================
# TEST_TODO_SERVER.PY
#
# EACH TEST STARTS WITH AN EMPTY DATA SET IN A TEMPORARY DIRECTORY.
# RUN WITH:  python -m pytest      (OR: python -m unittest -v)
# =====================================================================
import base64
import os
import tempfile
import time
import unittest
from unittest import mock

from fastapi.testclient import TestClient

import todo_constants as K
import todo_database as DB
import todo_security as SEC
from todo_server import app


def BASIC_HEADER(username: str, password: str) -> dict[str, str]:
    raw = f"{username}:{password}".encode("utf-8")
    return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}


class TODO_SERVER_TESTS(unittest.TestCase):

    def setUp(self) -> None:
        self.work_directory = tempfile.TemporaryDirectory()
        DB.OPEN_DATABASE(os.path.join(self.work_directory.name, "test.sqlite3"))
        self.client = TestClient(app)

    def tearDown(self) -> None:
        DB.CLOSE_DATABASE()
        self.work_directory.cleanup()

    # -----------------------------------------------------------------
    # HELPERS
    # -----------------------------------------------------------------
    def SIGN_UP_AND_LOG_IN(self, username: str = "harold", password: str = "punchcard80") -> dict[str, str]:
        response = self.client.post("/users", json={"username": username, "password": password})
        self.assertEqual(response.status_code, 201, response.text)
        response = self.client.post("/login", headers=BASIC_HEADER(username, password))
        self.assertEqual(response.status_code, 200, response.text)
        return {"Authorization": "Bearer " + response.json()["access_token"]}

    def ADD_TODO(self, headers: dict[str, str], title: str = "RUN PAYROLL") -> dict:
        response = self.client.post("/todos", json={"title": title}, headers=headers)
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()

    # -----------------------------------------------------------------
    # ACCOUNTS
    # -----------------------------------------------------------------
    def test_01_create_user_does_not_return_password(self) -> None:
        response = self.client.post("/users", json={"username": "harold", "password": "punchcard80"})
        self.assertEqual(response.status_code, 201)
        self.assertEqual(set(response.json().keys()), {"user_id", "username"})

    def test_02_duplicate_username_is_refused(self) -> None:
        self.SIGN_UP_AND_LOG_IN()
        response = self.client.post("/users", json={"username": "harold", "password": "another-one"})
        self.assertEqual(response.status_code, 409)

    def test_03_bad_user_input_is_refused(self) -> None:
        for body in ({"username": "hw", "password": "punchcard80"},
                     {"username": "harold", "password": "short"},
                     {"username": "harold weber", "password": "punchcard80"},
                     {"username": "harold"},
                     {"username": "harold", "password": "punchcard80", "admin": True}):
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/users", json=body).status_code, 422)

    def test_04_wrong_password_is_401(self) -> None:
        self.SIGN_UP_AND_LOG_IN()
        response = self.client.post("/login", headers=BASIC_HEADER("harold", "WRONG-PASSWORD"))
        self.assertEqual(response.status_code, 401)
        response = self.client.post("/login", headers=BASIC_HEADER("nobody", "punchcard80"))
        self.assertEqual(response.status_code, 401)

    def test_05_password_is_stored_salted(self) -> None:
        self.client.post("/users", json={"username": "alpha", "password": "same-password"})
        self.client.post("/users", json={"username": "bravo", "password": "same-password"})
        first = DB.READ_USER_BY_NAME("alpha")
        second = DB.READ_USER_BY_NAME("bravo")
        self.assertNotEqual(first["PASSWORD_HASH"], second["PASSWORD_HASH"])
        self.assertNotIn("same-password", first["PASSWORD_HASH"])

    # -----------------------------------------------------------------
    # TOKENS
    # -----------------------------------------------------------------
    def test_10_todos_need_a_token(self) -> None:
        self.assertEqual(self.client.get("/todos").status_code, 401)
        self.assertEqual(self.client.get("/todos", headers={"Authorization": "Bearer 1.2.3"}).status_code, 401)
        self.assertEqual(self.client.get("/todos", headers={"Authorization": "Bearer junk"}).status_code, 401)

    def test_11_altered_token_is_refused(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        user_id, expiry, signature = headers["Authorization"][7:].split(".")
        forged = f"Bearer {int(user_id) + 1}.{expiry}.{signature}"
        self.assertEqual(self.client.get("/todos", headers={"Authorization": forged}).status_code, 401)

    def test_12_expired_token_is_refused(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        with mock.patch.object(SEC.time, "time", return_value=time.time() + K.TOKEN_VALID_SECONDS + 60):
            self.assertEqual(self.client.get("/todos", headers=headers).status_code, 401)

    # -----------------------------------------------------------------
    # TODOS
    # -----------------------------------------------------------------
    def test_20_full_life_cycle(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        todo = self.ADD_TODO(headers)
        self.assertFalse(todo["done"])
        url = f"/todos/{todo['id']}"

        self.assertEqual(self.client.get(url, headers=headers).json()["title"], "RUN PAYROLL")

        response = self.client.put(url, json={"title": "RUN PAYROLL", "done": True}, headers=headers)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["done"])

        self.assertEqual(self.client.delete(url, headers=headers).status_code, 204)
        self.assertEqual(self.client.get(url, headers=headers).status_code, 404)
        self.assertEqual(self.client.delete(url, headers=headers).status_code, 404)

    def test_21_bad_todo_input_is_refused(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        for body in ({}, {"title": ""}, {"title": "X" * 201}, {"title": 42},
                     {"title": "OK", "done": "yes"}, {"title": "OK", "description": "D" * 2001}):
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/todos", json=body, headers=headers).status_code, 422)

    def test_22_other_persons_todo_is_not_found(self) -> None:
        owner = self.SIGN_UP_AND_LOG_IN("harold")
        intruder = self.SIGN_UP_AND_LOG_IN("mallory")
        url = f"/todos/{self.ADD_TODO(owner)['id']}"
        self.assertEqual(self.client.get(url, headers=intruder).status_code, 404)
        self.assertEqual(self.client.put(url, json={"title": "MINE"}, headers=intruder).status_code, 404)
        self.assertEqual(self.client.delete(url, headers=intruder).status_code, 404)
        self.assertEqual(self.client.get(url, headers=owner).json()["title"], "RUN PAYROLL")

    def test_23_bad_todo_numbers(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        for todo_id in ("0", "-5", "ABC", "99999999999999999999"):
            with self.subTest(todo_id=todo_id):
                self.assertEqual(self.client.get(f"/todos/{todo_id}", headers=headers).status_code, 422)
        self.assertEqual(self.client.get("/todos/777", headers=headers).status_code, 404)

    def test_24_paging(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        for number in range(1, 26):
            self.ADD_TODO(headers, f"JOB {number:03d}")
        page = self.client.get("/todos", headers=headers).json()
        self.assertEqual((page["total"], page["limit"], len(page["items"])), (25, K.DEFAULT_PAGE_SIZE, 20))
        page = self.client.get("/todos?limit=10&offset=20", headers=headers).json()
        self.assertEqual([t["title"] for t in page["items"]], [f"JOB {n:03d}" for n in range(21, 26)])

    def test_25_paging_limits_are_enforced(self) -> None:
        headers = self.SIGN_UP_AND_LOG_IN()
        for query in ("limit=0", f"limit={K.MAXIMUM_PAGE_SIZE + 1}", "offset=-1", "limit=TEN"):
            with self.subTest(query=query):
                self.assertEqual(self.client.get(f"/todos?{query}", headers=headers).status_code, 422)


if __name__ == "__main__":
    unittest.main()
