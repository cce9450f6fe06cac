import time

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from db import install, query, query_one, execute
from functions import (json_error, password_hash, password_verify, create_token,
                       get_logged_user, get_paging)

app = FastAPI(title="Blog API")

install()


# ---------------- USERS ----------------

@app.post("/register")
async def register(request: Request):
    data = await request.json()

    if "username" not in data or "password" not in data:
        return json_error("username and password are required")
    if len(data["username"]) < 3:
        return json_error("username must have at least 3 characters")
    if len(data["password"]) < 8:
        return json_error("password must have at least 8 characters")

    existing = query_one("SELECT id FROM users WHERE username = ?", [data["username"]])
    if existing:
        return json_error("username already exists", 409)

    user_id = execute(
        "INSERT INTO users (username, password, created_at) VALUES (?, ?, ?)",
        [data["username"], password_hash(data["password"]), int(time.time())],
    )
    user = query_one("SELECT * FROM users WHERE id = ?", [user_id])
    return JSONResponse(user, status_code=201)


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data.get("username", "")
    password = data.get("password", "")

    user = query_one("SELECT * FROM users WHERE username = ?", [username])
    if user is None or not password_verify(password, user["password"]):
        return json_error("wrong username or password", 401)

    token = create_token(user["id"])
    return {"access_token": token, "token_type": "bearer"}


# ---------------- POSTS ----------------

@app.get("/posts")
async def list_posts(request: Request):
    limit, offset = get_paging(request)
    posts = query("SELECT * FROM posts ORDER BY created_at DESC LIMIT ? OFFSET ?", [limit, offset])

    for post in posts:
        author = query_one("SELECT username FROM users WHERE id = ?", [post["user_id"]])
        post["author"] = author["username"]
        count = query_one("SELECT COUNT(*) AS c FROM comments WHERE post_id = ?", [post["id"]])
        post["comment_count"] = count["c"]

    return {"posts": posts, "limit": limit, "offset": offset}


@app.get("/posts/{id}")
async def get_post(id):
    post = query_one("SELECT posts.*, users.username AS author FROM posts "
                     "JOIN users ON users.id = posts.user_id WHERE posts.id = " + id)
    if post is None:
        return json_error("post not found", 404)
    return post


@app.post("/posts")
async def create_post(request: Request):
    user = get_logged_user(request)
    if user is None:
        return json_error("you must be logged in", 401)

    data = await request.json()
    if not data.get("title") or not data.get("content"):
        return json_error("title and content are required")

    post_id = execute(
        "INSERT INTO posts (user_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        [user["id"], data["title"], data["content"], int(time.time())],
    )
    post = query_one("SELECT * FROM posts WHERE id = ?", [post_id])
    post["author"] = user["username"]
    return JSONResponse(post, status_code=201)


@app.put("/posts/{id}")
async def update_post(id: int, request: Request):
    user = get_logged_user(request)
    if user is None:
        return json_error("you must be logged in", 401)

    post = query_one("SELECT * FROM posts WHERE id = ?", [id])
    if post is None:
        return json_error("post not found", 404)
    if post["user_id"] != user["id"]:
        return json_error("you can only edit your own posts", 403)

    data = await request.json()
    title = data.get("title", post["title"])
    content = data.get("content", post["content"])
    if not title or not content:
        return json_error("title and content can not be empty")

    execute("UPDATE posts SET title = ?, content = ?, updated_at = ? WHERE id = ?",
            [title, content, int(time.time()), id])
    post = query_one("SELECT * FROM posts WHERE id = ?", [id])
    post["author"] = user["username"]
    return post


@app.delete("/posts/{id}")
async def delete_post(id: int, request: Request):
    user = get_logged_user(request)
    if user is None:
        return json_error("you must be logged in", 401)

    post = query_one("SELECT * FROM posts WHERE id = ?", [id])
    if post is None:
        return json_error("post not found", 404)
    if post["user_id"] != user["id"]:
        return json_error("you can only delete your own posts", 403)

    execute("DELETE FROM comments WHERE post_id = ?", [id])
    execute("DELETE FROM posts WHERE id = ?", [id])
    return Response(status_code=204)


# ---------------- COMMENTS ----------------

@app.get("/posts/{id}/comments")
async def list_comments(id: int, request: Request):
    post = query_one("SELECT id FROM posts WHERE id = ?", [id])
    if post is None:
        return json_error("post not found", 404)

    limit, offset = get_paging(request)
    comments = query("SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
                     [id, limit, offset])
    for comment in comments:
        author = query_one("SELECT username FROM users WHERE id = ?", [comment["user_id"]])
        comment["author"] = author["username"]

    return {"comments": comments, "limit": limit, "offset": offset}


@app.post("/posts/{id}/comments")
async def add_comment(id: int, request: Request):
    user = get_logged_user(request)
    if user is None:
        return json_error("you must be logged in", 401)

    post = query_one("SELECT id FROM posts WHERE id = ?", [id])
    if post is None:
        return json_error("post not found", 404)

    data = await request.json()
    if not data.get("body"):
        return json_error("comment body is required")

    comment_id = execute(
        "INSERT INTO comments (post_id, user_id, body, created_at) VALUES (?, ?, ?, ?)",
        [id, user["id"], data["body"], int(time.time())],
    )
    comment = query_one("SELECT * FROM comments WHERE id = ?", [comment_id])
    comment["author"] = user["username"]
    return JSONResponse(comment, status_code=201)
