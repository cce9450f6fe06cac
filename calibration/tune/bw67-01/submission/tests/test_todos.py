from typing import Any

from tests.base import APITestCase


class TodoAPITests(APITestCase):
    def setUp(self) -> None:
        super().setUp()
        self.create_user("alice")
        self.create_user("bob")
        self.alice = self.auth_headers("alice")
        self.bob = self.auth_headers("bob")

    def make_todo(self, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
        payload = {"title": "Buy milk", **fields}
        response = self.client.post("/todos", json=payload, headers=headers)
        self.assertEqual(response.status_code, 201, response.text)
        data: dict[str, Any] = response.json()
        return data

    # --- create -----------------------------------------------------------------------------

    def test_create_returns_201_with_id(self) -> None:
        todo = self.make_todo(self.alice, description="2 litres")
        self.assertIsInstance(todo["id"], int)
        self.assertEqual(todo["title"], "Buy milk")
        self.assertEqual(todo["description"], "2 litres")
        self.assertFalse(todo["done"])

    def test_create_without_title_is_422(self) -> None:
        response = self.client.post("/todos", json={"description": "x"}, headers=self.alice)
        self.assertEqual(response.status_code, 422)

    def test_create_with_empty_title_is_422(self) -> None:
        response = self.client.post("/todos", json={"title": ""}, headers=self.alice)
        self.assertEqual(response.status_code, 422)

    def test_create_with_wrong_type_is_422(self) -> None:
        response = self.client.post(
            "/todos", json={"title": "x", "done": "maybe"}, headers=self.alice
        )
        self.assertEqual(response.status_code, 422)

    def test_create_without_token_is_401(self) -> None:
        response = self.client.post("/todos", json={"title": "x"})
        self.assertEqual(response.status_code, 401)

    # --- read / list ------------------------------------------------------------------------

    def test_read_own_todo(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.get(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["id"], todo["id"])

    def test_read_someone_elses_todo_is_404(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.get(f"/todos/{todo['id']}", headers=self.bob)
        self.assertEqual(response.status_code, 404)

    def test_read_missing_todo_is_404(self) -> None:
        self.assertEqual(self.client.get("/todos/999999", headers=self.alice).status_code, 404)

    def test_read_huge_id_is_422_not_500(self) -> None:
        response = self.client.get("/todos/99999999999999", headers=self.alice)
        self.assertEqual(response.status_code, 422)

    def test_list_only_shows_my_todos(self) -> None:
        self.make_todo(self.alice, title="mine")
        self.make_todo(self.bob, title="not mine")
        response = self.client.get("/todos", headers=self.alice)
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["count"], 1)
        self.assertEqual([t["title"] for t in body["results"]], ["mine"])

    def test_list_pagination(self) -> None:
        for i in range(5):
            self.make_todo(self.alice, title=f"todo {i}")
        response = self.client.get("/todos?limit=2&offset=2", headers=self.alice)
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["count"], 5)
        self.assertEqual([t["title"] for t in body["results"]], ["todo 2", "todo 3"])

    def test_list_rejects_out_of_range_paging(self) -> None:
        for query in ("limit=0", "limit=101", "offset=-1", "limit=abc"):
            with self.subTest(query=query):
                response = self.client.get(f"/todos?{query}", headers=self.alice)
                self.assertEqual(response.status_code, 422)

    # --- update -----------------------------------------------------------------------------

    def test_patch_changes_only_sent_fields(self) -> None:
        todo = self.make_todo(self.alice, description="keep me")
        response = self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.alice)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["done"])
        self.assertEqual(response.json()["description"], "keep me")

    def test_patch_null_title_is_422(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=self.alice)
        self.assertEqual(response.status_code, 422)

    def test_patch_someone_elses_todo_is_404(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.bob)
        self.assertEqual(response.status_code, 404)

    # --- delete -----------------------------------------------------------------------------

    def test_delete_is_204_then_404(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.delete(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.content, b"")
        response = self.client.get(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 404)

    def test_delete_someone_elses_todo_is_404_and_keeps_it(self) -> None:
        todo = self.make_todo(self.alice)
        response = self.client.delete(f"/todos/{todo['id']}", headers=self.bob)
        self.assertEqual(response.status_code, 404)
        response = self.client.get(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 200)
