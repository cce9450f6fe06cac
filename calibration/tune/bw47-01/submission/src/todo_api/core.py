"""Pure functions over the state map. No I/O, no FastAPI, nothing mutated in place."""
from __future__ import annotations

from typing import TypedDict


class TodoOut(TypedDict):
    id: int
    title: str
    description: str | None
    done: bool


PUBLIC_KEYS = ("id", "title", "description", "done")


def assoc(m, k, v):
    return {**m, k: v}


def dissoc(m, k):
    return {kk: vv for kk, vv in m.items() if kk != k}


def merge(*ms):
    out = {}
    for m in ms:
        out.update(m)
    return out


def select_keys(m, ks):
    return {k: m[k] for k in ks if k in m}


def update_in(m, ks, f, *args):
    k, *more = ks
    if not more:
        return assoc(m, k, f(m.get(k), *args))
    return assoc(m, k, update_in(m.get(k, {}), more, f, *args))


# -- users -------------------------------------------------------------------

def add_user(state, username, password_hash):
    user = {"username": username, "password-hash": password_hash}
    return update_in(state, ["users"], assoc, username, user)


def find_user(state, username):
    return state["users"].get(username)


# -- todos -------------------------------------------------------------------

def make_todo(id_, owner, attrs):
    return merge({"done": False, "description": None},
                 select_keys(attrs, ("title", "description", "done")),
                 {"id": id_, "owner": owner})


def add_todo(state, owner, attrs):
    id_ = state["next-id"]
    return merge(state, {"todos": assoc(state["todos"], id_, make_todo(id_, owner, attrs)),
                         "next-id": id_ + 1})


def newest(state):
    return state["todos"][state["next-id"] - 1]


def owned(state, owner, id_):
    todo = state["todos"].get(id_)
    return todo if todo is not None and todo["owner"] == owner else None


def todos_for(state, owner):
    return sorted((t for t in state["todos"].values() if t["owner"] == owner),
                  key=lambda t: t["id"])


def page(coll, limit, offset):
    return coll[offset:offset + limit]


def update_todo(state, id_, patch):
    return update_in(state, ["todos", id_], merge, patch)


def remove_todo(state, id_):
    return update_in(state, ["todos"], dissoc, id_)


def public(todo):
    return select_keys(todo, PUBLIC_KEYS)
