from tests.base import APITestCase


class TodoTests(APITestCase):
    def setUp(self):
        super().setUp()
        self.register("alice")
        self.register("bob")
        self.alice = self.login("alice")
        self.bob = self.login("bob")

    def create(self, headers, **fields):
        payload = {"title": "Buy milk", **fields}
        response = self.client.post("/todos", json=payload, headers=headers)
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()

    def test_create(self):
        todo = self.create(self.alice, description="semi-skimmed")
        self.assertIn("id", todo)
        self.assertEqual(todo["title"], "Buy milk")
        self.assertFalse(todo["done"])

    def test_create_requires_auth(self):
        response = self.client.post("/todos", json={"title": "x"})
        self.assertEqual(response.status_code, 401)

    def test_create_validation(self):
        for payload in ({}, {"title": ""}, {"title": "x", "done": "nope"}, {"title": "x" * 201}):
            with self.subTest(payload=payload):
                response = self.client.post("/todos", json=payload, headers=self.alice)
                self.assertEqual(response.status_code, 422)

    def test_get(self):
        todo = self.create(self.alice)
        response = self.client.get(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Buy milk")

    def test_get_other_users_todo_is_404(self):
        todo = self.create(self.alice)
        response = self.client.get(f"/todos/{todo['id']}", headers=self.bob)
        self.assertEqual(response.status_code, 404)

    def test_get_missing_is_404(self):
        self.assertEqual(self.client.get("/todos/12345", headers=self.alice).status_code, 404)

    def test_list_is_scoped_and_paginated(self):
        for i in range(3):
            self.create(self.alice, title=f"a{i}")
        self.create(self.bob, title="b0")
        response = self.client.get("/todos?limit=2&ordering=title", headers=self.alice)
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["total"], 3)
        self.assertEqual([t["title"] for t in data["items"]], ["a0", "a1"])

    def test_list_bad_paging(self):
        for query in ("limit=0", "limit=101", "offset=-1"):
            with self.subTest(query=query):
                response = self.client.get(f"/todos?{query}", headers=self.alice)
                self.assertEqual(response.status_code, 422)

    def test_list_bad_ordering(self):
        response = self.client.get("/todos?ordering=password", headers=self.alice)
        self.assertEqual(response.status_code, 422)

    def test_list_filter_done(self):
        todo = self.create(self.alice)
        self.create(self.alice, title="other")
        self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.alice)
        response = self.client.get("/todos?done=true", headers=self.alice)
        self.assertEqual(response.json()["total"], 1)

    def test_patch(self):
        todo = self.create(self.alice, description="keep")
        response = self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.alice)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["done"])
        self.assertEqual(response.json()["description"], "keep")

    def test_patch_validation(self):
        todo = self.create(self.alice)
        for payload in ({"title": None}, {"title": ""}, {"done": "maybe"}):
            with self.subTest(payload=payload):
                response = self.client.patch(f"/todos/{todo['id']}", json=payload, headers=self.alice)
                self.assertEqual(response.status_code, 422)

    def test_patch_other_users_todo_is_404(self):
        todo = self.create(self.alice)
        response = self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.bob)
        self.assertEqual(response.status_code, 404)

    def test_delete(self):
        todo = self.create(self.alice)
        response = self.client.delete(f"/todos/{todo['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(self.client.get(f"/todos/{todo['id']}", headers=self.alice).status_code, 404)

    def test_delete_other_users_todo_is_404(self):
        todo = self.create(self.alice)
        response = self.client.delete(f"/todos/{todo['id']}", headers=self.bob)
        self.assertEqual(response.status_code, 404)

    def test_stats(self):
        todo = self.create(self.alice)
        self.create(self.alice, title="other")
        self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.alice)
        response = self.client.get("/todos/stats", headers=self.alice)
        self.assertEqual(response.json(), {"total": 2, "done": 1, "pending": 1})
