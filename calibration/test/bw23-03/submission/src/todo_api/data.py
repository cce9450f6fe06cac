"""Pure functions over the state map. No I/O, no globals, no HTTP."""


def get_in(m, path, default=None):
    for k in path:
        if not isinstance(m, dict) or k not in m:
            return default
        m = m[k]
    return m


def assoc_in(m, path, v):
    k, *more = path
    return {**m, k: assoc_in(m.get(k, {}), more, v) if more else v}


def dissoc_in(m, path):
    k, *more = path
    if k not in m:
        return m
    if not more:
        return {kk: vv for kk, vv in m.items() if kk != k}
    return {**m, k: dissoc_in(m[k], more)}


def select_keys(m, ks):
    return {k: m[k] for k in ks if k in m}


def next_id(state):
    return state["seq"] + 1


# -- users --------------------------------------------------------------------


def add_user(state, username, password_hash):
    if username in state["usernames"]:
        return state
    uid = next_id(state)
    user = {"id": uid, "username": username, "password-hash": password_hash}
    state = {**state, "seq": uid}
    state = assoc_in(state, ["users", uid], user)
    state = assoc_in(state, ["usernames", username], uid)
    return assoc_in(state, ["todos", uid], {})


def user_by_name(state, username):
    uid = get_in(state, ["usernames", username])
    return get_in(state, ["users", uid]) if uid is not None else None


def add_key(state, key, user_id, expires_at):
    return assoc_in(state, ["keys", key], {"user-id": user_id, "expires-at": expires_at})


def user_for_key(state, key, now):
    entry = get_in(state, ["keys", key])
    if entry is None or entry["expires-at"] <= now:
        return None
    return get_in(state, ["users", entry["user-id"]])


def public_user(user):
    return select_keys(user, ["id", "username"])


# -- todos --------------------------------------------------------------------

TODO_KEYS = ["title", "description", "done"]


def add_todo(state, user_id, attrs):
    tid = next_id(state)
    todo = {"id": tid, "description": "", "done": False, **select_keys(attrs, TODO_KEYS)}
    state = {**state, "seq": tid}
    return assoc_in(state, ["todos", user_id, tid], todo)


def todo_of(state, user_id, todo_id):
    return get_in(state, ["todos", user_id, todo_id])


def todos_page(state, user_id, limit, offset):
    todos = get_in(state, ["todos", user_id], {})
    ids = sorted(todos)[offset : offset + limit]
    return [todos[i] for i in ids]


def replace_todo(state, user_id, todo_id, attrs):
    if todo_of(state, user_id, todo_id) is None:
        return state
    todo = {"id": todo_id, "description": "", "done": False, **select_keys(attrs, TODO_KEYS)}
    return assoc_in(state, ["todos", user_id, todo_id], todo)


def merge_todo(state, user_id, todo_id, attrs):
    todo = todo_of(state, user_id, todo_id)
    if todo is None:
        return state
    return assoc_in(state, ["todos", user_id, todo_id], {**todo, **select_keys(attrs, TODO_KEYS)})


def remove_todo(state, user_id, todo_id):
    return dissoc_in(state, ["todos", user_id, todo_id])
