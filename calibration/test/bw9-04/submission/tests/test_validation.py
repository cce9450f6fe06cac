"""Malformed input must be 422, must not be stored, and must never be a 500."""
import pytest

BAD_CREATE = [
    ({}, "title missing"),
    ({"title": ""}, "title empty"),
    ({"title": "x" * 201}, "title too long"),
    ({"title": None}, "title null"),
    ({"title": 123}, "title number"),
    ({"title": ["a"]}, "title list"),
    ({"title": {"a": 1}}, "title object"),
    ({"title": "ok", "description": "x" * 2001}, "description too long"),
    ({"title": "ok", "description": 5}, "description number"),
    ({"title": "ok", "done": "maybe"}, "done not a bool"),
    ({"title": "ok", "done": [True]}, "done list"),
]


@pytest.mark.parametrize("payload, why", BAD_CREATE, ids=[w for _, w in BAD_CREATE])
def test_create_rejects_bad_input_and_stores_nothing(client, alice, payload, why):
    r = client.post("/todos", json=payload, headers=alice)
    assert r.status_code == 422, why
    assert r.json()["detail"], "422 should say what is wrong"
    assert client.get("/todos", headers=alice).json() == []


@pytest.mark.parametrize(
    "payload",
    ["not json at all", "[1, 2, 3]", '"just a string"', "null", "{\"title\": "],
)
def test_create_rejects_non_object_bodies(client, alice, payload):
    r = client.post(
        "/todos", content=payload, headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


def test_create_boundaries_are_accepted(client, alice):
    r = client.post(
        "/todos", json={"title": "x" * 200, "description": "y" * 2000}, headers=alice
    )
    assert r.status_code == 201
    assert client.post("/todos", json={"title": "x"}, headers=alice).status_code == 201


def test_unicode_and_sql_looking_text_is_stored_as_is(client, alice):
    title = "'); DROP TABLE todos; -- ✓ 日本語"
    r = client.post("/todos", json={"title": title}, headers=alice)
    assert r.status_code == 201
    assert client.get(f"/todos/{r.json()['id']}", headers=alice).json()["title"] == title
    assert len(client.get("/todos", headers=alice).json()) == 1


BAD_PATCH = [
    ({}, "empty update"),
    ({"title": ""}, "title empty"),
    ({"title": "x" * 201}, "title too long"),
    ({"title": None}, "title null"),
    ({"title": 7}, "title number"),
    ({"description": "x" * 2001}, "description too long"),
    ({"description": None}, "description null"),
    ({"done": "yes"}, "done string"),
    ({"done": 1}, "done int"),
    ({"done": None}, "done null"),
    ({"owner_id": 2}, "owner_id is not editable"),
    ({"id": 99}, "id is not editable"),
]


@pytest.mark.parametrize("payload, why", BAD_PATCH, ids=[w for _, w in BAD_PATCH])
def test_patch_rejects_bad_input_and_changes_nothing(client, alice, make_todo, payload, why):
    todo = make_todo(alice)
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422, why
    assert r.json()["detail"]
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


@pytest.mark.parametrize("payload", ["[1]", '"x"', "null", "nope"])
def test_patch_rejects_non_object_bodies(client, alice, make_todo, payload):
    todo = make_todo(alice)
    r = client.patch(
        f"/todos/{todo['id']}",
        content=payload,
        headers={**alice, "Content-Type": "application/json"},
    )
    assert r.status_code == 422


def test_patch_on_missing_todo_is_404_even_with_bad_body(client, alice):
    # existence is checked first, so a stranger learns nothing from the error
    r = client.patch("/todos/999", json={"title": ""}, headers=alice)
    assert r.status_code == 404
