import datetime
import secrets

from fastapi import FastAPI, HTTPException, Header, Body
from pydantic import BaseModel

import data

app = FastAPI(
    title="Blog API",
    description="Small multi-author blog. Login gives a bearer token, send it as `Authorization: Bearer <token>`.",
)

data.load()


class NewUser(BaseModel):
    username: str
    password: str


class NewPost(BaseModel):
    title: str
    content: str


def current_user(authorization):
    if authorization is None or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="not logged in")
    token = authorization.split(" ")[1]
    if token not in data.TOKENS:
        raise HTTPException(status_code=401, detail="invalid token")
    return data.TOKENS[token]


# ---------------------------------------------------------------- users

@app.post("/signup", status_code=201)
async def signup(user: NewUser):
    """Create a new user. Returns the user id."""
    if len(data.find_idx("users", "username", user.username)) > 0:
        raise HTTPException(status_code=400, detail="username already exists")
    uid = data.next_id("users", "user_id")
    data.append_row(
        "users",
        user_id=uid,
        username=user.username,
        password=data.hash_pw(user.password),
        created=datetime.datetime.now(),
    )
    data.save()
    return {"user_id": uid, "username": user.username}


@app.post("/login")
async def login(user: NewUser):
    """Check username + password, return a bearer token."""
    idx = data.find_idx("users", "username", user.username)
    if not idx or data.TABLES["users"]["password"][idx[0]] != data.hash_pw(user.password):
        raise HTTPException(status_code=401, detail="wrong username or password")
    token = secrets.token_hex(16)
    data.TOKENS[token] = user.username
    return {"access_token": token, "token_type": "bearer"}


# ---------------------------------------------------------------- posts

@app.get("/posts")
async def list_posts(limit=10, offset=0, sort_by="created"):
    """
    List posts, newest first.

    Parameters
    ----------
    limit : number of posts to return (default 10)
    offset : how many posts to skip
    sort_by : column to sort by (created, updated, title, n_comments)
    """
    df = data.to_df("posts")
    if len(df) == 0:
        return []

    comments = data.to_df("comments")
    if len(comments) > 0:
        n_comments = comments.groupby("post_id").size().rename("n_comments")
        df = df.merge(n_comments, left_on="post_id", right_index=True, how="left")
        df["n_comments"] = df["n_comments"].fillna(0).astype(int)
    else:
        df["n_comments"] = 0

    df = df.sort_values(sort_by, ascending=False)
    page = df.iloc[int(offset): int(offset) + int(limit)]
    return page.to_dict(orient="records")


@app.get("/posts/{post_id}")
async def get_post(post_id: int):
    """One post with all its comments."""
    idx = data.find_idx("posts", "post_id", post_id)
    if not idx:
        raise HTTPException(status_code=404, detail="post not found")
    post = data.get_row("posts", idx[0])
    post["comments"] = [data.get_row("comments", i) for i in data.find_idx("comments", "post_id", post_id)]
    return post


@app.post("/posts", status_code=201)
async def create_post(post: NewPost, authorization: str = Header(None)):
    """Publish a post (needs a token)."""
    user = current_user(authorization)
    pid = data.next_id("posts", "post_id")
    now = datetime.datetime.now()
    data.append_row("posts", post_id=pid, title=post.title, content=post.content, author=user, created=now, updated=now)
    data.save()
    return data.get_row("posts", len(data.TABLES["posts"]["post_id"]) - 1)


@app.put("/posts/{post_id}")
async def update_post(post_id: int, changes: dict = Body(...), authorization: str = Header(None)):
    """Update the columns given in the body, e.g. {"title": "new title"}."""
    user = current_user(authorization)
    idx = data.find_idx("posts", "post_id", post_id)
    if not idx:
        raise HTTPException(status_code=404, detail="post not found")
    i = idx[0]
    for col, val in changes.items():
        if col in data.TABLES["posts"]:
            data.TABLES["posts"][col][i] = val
    data.TABLES["posts"]["updated"][i] = datetime.datetime.now()
    data.save()
    return data.get_row("posts", i)


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, authorization: str = Header(None)):
    """Delete a post and its comments. Only the author can do this."""
    user = current_user(authorization)
    idx = data.find_idx("posts", "post_id", post_id)
    if not idx:
        raise HTTPException(status_code=404, detail="post not found")
    if data.TABLES["posts"]["author"][idx[0]] != user:
        raise HTTPException(status_code=403, detail="you are not the author of this post")
    data.delete_rows("posts", idx)
    data.delete_rows("comments", data.find_idx("comments", "post_id", post_id))
    data.save()


# ---------------------------------------------------------------- comments

@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: int, limit: int = 20, offset: int = 0):
    """Comments of a post, oldest first."""
    df = data.to_df("comments")
    if len(df) == 0:
        return []
    df = df[df.post_id == post_id].sort_values("created")
    return df.iloc[offset: offset + limit].to_dict(orient="records")


@app.post("/posts/{post_id}/comments", status_code=201)
async def add_comment(post_id: int, body: dict = Body(...), authorization: str = Header(None)):
    """Comment on a post. Body: {"text": "..."}"""
    user = current_user(authorization)
    if not data.find_idx("posts", "post_id", post_id):
        raise HTTPException(status_code=404, detail="post not found")
    cid = data.next_id("comments", "comment_id")
    data.append_row(
        "comments", comment_id=cid, post_id=post_id, author=user, text=body["text"], created=datetime.datetime.now()
    )
    data.save()
    return {"comment_id": cid, "post_id": post_id, "author": user, "text": body["text"]}


# ---------------------------------------------------------------- stats

@app.get("/stats")
async def stats():
    """Some quick numbers: posts per author, average post length, comments per post."""
    posts = data.to_df("posts")
    comments = data.to_df("comments")
    if len(posts) == 0:
        return {"n_posts": 0}
    posts["length"] = posts["content"].str.len()
    return {
        "n_posts": int(len(posts)),
        "n_comments": int(len(comments)),
        "posts_per_author": {a: int(n) for a, n in posts.groupby("author").size().items()},
        "avg_post_length": float(posts["length"].mean()),
        "comments_per_post": float(len(comments) / len(posts)),
    }
