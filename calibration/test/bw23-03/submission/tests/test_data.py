from todo_api import data, specs
from todo_api.state import EMPTY


def with_user(name="rich"):
    return data.add_user(EMPTY, name, "hash")


def test_assoc_in_does_not_touch_the_original():
    m = {"a": {"b": 1}}
    m2 = data.assoc_in(m, ["a", "c"], 2)
    assert m == {"a": {"b": 1}}
    assert m2 == {"a": {"b": 1, "c": 2}}


def test_dissoc_in_missing_path_is_identity():
    m = {"a": {"b": 1}}
    assert data.dissoc_in(m, ["x", "y"]) is m


def test_add_user_is_idempotent_on_username():
    s = with_user()
    assert data.add_user(s, "rich", "other") is s


def test_todos_are_scoped_to_their_owner():
    s = with_user("rich")
    s = data.add_user(s, "stu", "hash")
    rich = data.user_by_name(s, "rich")["id"]
    stu = data.user_by_name(s, "stu")["id"]
    s = data.add_todo(s, rich, {"title": "hammock time"})
    tid = s["seq"]
    assert data.todo_of(s, rich, tid)["title"] == "hammock time"
    assert data.todo_of(s, stu, tid) is None
    assert data.replace_todo(s, stu, tid, {"title": "mine now"}) is s
    assert data.merge_todo(s, stu, tid, {"done": True}) is s


def test_add_todo_ignores_unknown_keys():
    s = with_user()
    uid = data.user_by_name(s, "rich")["id"]
    s = data.add_todo(s, uid, {"title": "t", "id": 999, "owner": 42})
    assert data.todo_of(s, uid, s["seq"]) == {"id": s["seq"], "title": "t", "description": "", "done": False}


def test_todos_page():
    s = with_user()
    uid = data.user_by_name(s, "rich")["id"]
    for i in range(5):
        s = data.add_todo(s, uid, {"title": f"t{i}"})
    assert [t["title"] for t in data.todos_page(s, uid, 2, 1)] == ["t1", "t2"]
    assert data.todos_page(s, uid, 10, 50) == []


def test_expired_keys_are_ignored():
    s = with_user()
    uid = data.user_by_name(s, "rich")["id"]
    s = data.add_key(s, "k", uid, expires_at=100)
    assert data.user_for_key(s, "k", now=99)["username"] == "rich"
    assert data.user_for_key(s, "k", now=100) is None


def test_todo_spec():
    assert specs.explain(specs.TODO, {"title": "ok"}) == {}
    assert specs.explain(specs.TODO, {}) == {"title": "is required"}
    assert "title" in specs.explain(specs.TODO, {"title": "   "})
    assert "done" in specs.explain(specs.TODO, {"title": "x", "done": "yes"})
    assert "description" in specs.explain(specs.TODO, {"title": "x", "description": 5})
    assert specs.explain(specs.optional(specs.TODO), {}) == {}
