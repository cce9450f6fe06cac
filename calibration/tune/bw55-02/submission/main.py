from fastapi import FastAPI, Request, HTTPException
from fastapi.middleware.cors import CORSMiddleware
import sqlite3
import hashlib
import time

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# database connection (shared)
db = sqlite3.connect("blog.db", check_same_thread=False)
db.row_factory = sqlite3.Row
cursor = db.cursor()

cursor.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT, password TEXT, created_at TEXT)")
cursor.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, title TEXT, content TEXT, created_at TEXT)")
cursor.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, post_id INTEGER, user_id INTEGER, content TEXT, created_at TEXT)")
db.commit()

# token => user id
sessions = {}
current_user = None


def now():
    return time.strftime("%Y-%m-%d %H:%M:%S")


def get_user(request):
    global current_user
    auth = request.headers.get("Authorization")
    if auth == None:
        raise HTTPException(status_code=401, detail="Please login first")
    token = auth.replace("Bearer ", "")
    if token not in sessions:
        raise HTTPException(status_code=401, detail="Invalid token")
    cursor.execute("SELECT * FROM users WHERE id = " + str(sessions[token]))
    current_user = cursor.fetchone()
    return current_user


@app.get("/")
async def index():
    return {"message": "Blog API is running"}


# ---------------- USERS ----------------

@app.post("/register")
async def register(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    if username == "" or password == "":
        raise HTTPException(status_code=400, detail="Username and password are required")

    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    if cursor.fetchone():
        return {"error": "Username already exists"}

    hashed = hashlib.md5(password.encode()).hexdigest()
    cursor.execute(f"INSERT INTO users (username, password, created_at) VALUES ('{username}', '{hashed}', '{now()}')")
    db.commit()

    return {"id": cursor.lastrowid, "username": username, "password": hashed}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    hashed = hashlib.md5(data["password"].encode()).hexdigest()

    cursor.execute(f"SELECT * FROM users WHERE username = '{data['username']}' AND password = '{hashed}'")
    user = cursor.fetchone()
    if not user:
        raise HTTPException(status_code=401, detail="Wrong username or password")

    token = hashlib.md5((data["username"] + str(time.time())).encode()).hexdigest()
    sessions[token] = user["id"]

    return {"token": token, "user": dict(user)}


@app.post("/logout")
async def logout(request: Request):
    auth = request.headers.get("Authorization", "")
    token = auth.replace("Bearer ", "")
    if token in sessions:
        del sessions[token]
    return {"message": "Logged out"}


# ---------------- POSTS ----------------

@app.get("/posts")
async def get_posts(request: Request):
    limit = request.query_params.get("limit", "10")
    offset = request.query_params.get("offset", "0")
    search = request.query_params.get("search", "")

    sql = "SELECT posts.*, users.username FROM posts LEFT JOIN users ON posts.user_id = users.id"
    if search != "":
        sql += f" WHERE posts.title LIKE '%{search}%'"
    sql += f" ORDER BY posts.id DESC LIMIT {limit} OFFSET {offset}"

    cursor.execute(sql)
    rows = cursor.fetchall()

    posts = []
    for row in rows:
        post = dict(row)
        cursor.execute(f"SELECT COUNT(*) FROM comments WHERE post_id = {row['id']}")
        post["comments_count"] = cursor.fetchone()[0]
        posts.append(post)

    return posts


@app.get("/posts/{id}")
async def get_post(id):
    cursor.execute(f"SELECT posts.*, users.username FROM posts LEFT JOIN users ON posts.user_id = users.id WHERE posts.id = {id}")
    post = cursor.fetchone()
    if post == None:
        raise HTTPException(status_code=404, detail="Post not found")
    return dict(post)


@app.post("/posts")
async def create_post(request: Request):
    get_user(request)
    data = await request.json()

    title = data["title"]
    content = data["content"]
    if title == "" or content == "":
        raise HTTPException(status_code=400, detail="Title and content are required")

    # escape quotes
    title = title.replace("'", "''")
    content = content.replace("'", "''")

    cursor.execute(f"INSERT INTO posts (user_id, title, content, created_at) VALUES ({current_user['id']}, '{title}', '{content}', '{now()}')")
    db.commit()

    return {"id": cursor.lastrowid, "title": data["title"], "content": data["content"], "user_id": current_user["id"]}


@app.put("/posts/{id}")
async def update_post(id, request: Request):
    get_user(request)
    data = await request.json()

    cursor.execute(f"SELECT * FROM posts WHERE id = {id}")
    post = cursor.fetchone()
    if post == None:
        raise HTTPException(status_code=404, detail="Post not found")
    if post["user_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")

    title = data.get("title", post["title"]).replace("'", "''")
    content = data.get("content", post["content"]).replace("'", "''")

    cursor.execute(f"UPDATE posts SET title = '{title}', content = '{content}' WHERE id = {id}")
    db.commit()

    return {"message": "Post updated"}


@app.delete("/posts/{id}")
async def delete_post(id, request: Request):
    get_user(request)

    cursor.execute(f"DELETE FROM posts WHERE id = {id}")
    cursor.execute(f"DELETE FROM comments WHERE post_id = {id}")
    db.commit()

    return {"message": "Post deleted"}


# ---------------- COMMENTS ----------------

@app.get("/posts/{id}/comments")
async def get_comments(id):
    cursor.execute(f"SELECT comments.*, users.username FROM comments LEFT JOIN users ON comments.user_id = users.id WHERE comments.post_id = {id} ORDER BY comments.id")
    return [dict(row) for row in cursor.fetchall()]


@app.post("/posts/{id}/comments")
async def add_comment(id, request: Request):
    get_user(request)
    data = await request.json()

    content = data["content"].replace("'", "''")
    cursor.execute(f"INSERT INTO comments (post_id, user_id, content, created_at) VALUES ({id}, {current_user['id']}, '{content}', '{now()}')")
    db.commit()

    return {"id": cursor.lastrowid, "post_id": id, "content": data["content"], "user_id": current_user["id"]}
