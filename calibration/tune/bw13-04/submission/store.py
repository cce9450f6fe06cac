# In-memory store + hot caches.
#
# Everything lives in flat dicts keyed by int id. Serialized JSON for each
# post/comment is built once on write and reused on every read, so the read path
# is a dict lookup + memcpy, no model instantiation, no re-serialization.
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Generic, Hashable, TypeVar

import orjson

PAGE_MAX = 100
PAGE_CACHE_SLOTS = 512

K = TypeVar("K", bound=Hashable)


class LRU(Generic[K]):
    """Fixed-capacity cache of serialized pages; evicts least recently used."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._d: OrderedDict[K, bytes] = OrderedDict()

    def get(self, key: K) -> bytes | None:
        v = self._d.get(key)
        if v is not None:
            self._d.move_to_end(key)
        return v

    def put(self, key: K, value: bytes) -> None:
        self._d[key] = value
        self._d.move_to_end(key)
        if len(self._d) > self.capacity:
            self._d.popitem(last=False)

    def drop(self, pred) -> None:
        for k in [k for k in self._d if pred(k)]:
            del self._d[k]

    def clear(self) -> None:
        self._d.clear()

    def __len__(self) -> int:
        return len(self._d)


@dataclass(slots=True)
class User:
    id: int
    username: str
    salt: bytes
    pw_hash: bytes


@dataclass(slots=True)
class Post:
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: float
    updated_at: float
    comment_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: float


# Shared with the janitor thread (see auth.py), so guard mutations with a real lock.
# Critical sections are tiny and never await.
lock = threading.Lock()

users: dict[int, User] = {}
users_by_name: dict[str, int] = {}
posts: dict[int, Post] = {}
comments: dict[int, Comment] = {}
post_order: list[int] = []  # newest last; appended on create

_next_ids = {"user": 1, "post": 1, "comment": 1}

# serialized caches
post_bytes: dict[int, bytes] = {}
comment_bytes: dict[int, bytes] = {}
page_cache: LRU[tuple[int, int]] = LRU(PAGE_CACHE_SLOTS)
comment_page_cache: LRU[tuple[int, int, int]] = LRU(PAGE_CACHE_SLOTS)

stats = {"page_hits": 0, "page_misses": 0}


def next_id(kind: str) -> int:
    i = _next_ids[kind]
    _next_ids[kind] = i + 1
    return i


def serialize_post(p: Post) -> bytes:
    return orjson.dumps(
        {
            "id": p.id,
            "author_id": p.author_id,
            "author": p.author,
            "title": p.title,
            "content": p.content,
            "created_at": p.created_at,
            "updated_at": p.updated_at,
            "comment_count": len(p.comment_ids),
        }
    )


def serialize_comment(c: Comment) -> bytes:
    return orjson.dumps(
        {
            "id": c.id,
            "post_id": c.post_id,
            "author_id": c.author_id,
            "author": c.author,
            "body": c.body,
            "created_at": c.created_at,
        }
    )


def _join(chunks: list[bytes]) -> bytes:
    # build the JSON array directly from the pre-serialized items
    return b"[" + b",".join(chunks) + b"]"


def add_post(author: User, title: str, content: str) -> Post:
    now = time.time()
    with lock:
        p = Post(next_id("post"), author.id, author.username, title, content, now, now)
        posts[p.id] = p
        post_order.append(p.id)
        post_bytes[p.id] = serialize_post(p)
        page_cache.clear()
    return p


def update_post(p: Post, title: str | None, content: str | None) -> None:
    with lock:
        if title is not None:
            p.title = title
        if content is not None:
            p.content = content
        p.updated_at = time.time()
        post_bytes[p.id] = serialize_post(p)


def delete_post(p: Post) -> None:
    with lock:
        del posts[p.id]
        del post_bytes[p.id]
        post_order.remove(p.id)
        for cid in p.comment_ids:
            comments.pop(cid, None)
            comment_bytes.pop(cid, None)
        page_cache.clear()
        comment_page_cache.drop(lambda k: k[0] == p.id)


def add_comment(p: Post, author: User, body: str) -> Comment:
    with lock:
        c = Comment(next_id("comment"), p.id, author.id, author.username, body, time.time())
        comments[c.id] = c
        comment_bytes[c.id] = serialize_comment(c)
        p.comment_ids.append(c.id)
        post_bytes[p.id] = serialize_post(p)  # comment_count changed
        comment_page_cache.drop(lambda k: k[0] == p.id)
    return c


def post_page(limit: int, offset: int) -> bytes:
    key = (limit, offset)
    cached = page_cache.get(key)
    if cached is not None:
        stats["page_hits"] += 1
        return cached
    stats["page_misses"] += 1
    # newest first
    end = len(post_order) - offset
    start = max(0, end - limit)
    ids = post_order[start:end][::-1] if end > 0 else []
    out = _join([post_bytes[i] for i in ids])
    page_cache.put(key, out)
    return out


def comment_page(p: Post, limit: int, offset: int) -> bytes:
    key = (p.id, limit, offset)
    cached = comment_page_cache.get(key)
    if cached is not None:
        return cached
    ids = p.comment_ids[offset : offset + limit]
    out = _join([comment_bytes[i] for i in ids])
    comment_page_cache.put(key, out)
    return out
