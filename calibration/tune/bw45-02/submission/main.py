from fastapi import FastAPI, Request, HTTPException
from fastapi.middleware.cors import CORSMiddleware
import sqlite3
import hashlib
import jwt
import datetime

app = FastAPI()

# so the expo app can call the api
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

SECRET_KEY = "myblogsecret123"

conn = sqlite3.connect("blog.db", check_same_thread=False)
conn.row_factory = sqlite3.Row
cursor = conn.cursor()

cursor.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT, password TEXT)")
cursor.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, content TEXT, authorId INTEGER, createdAt TEXT)")
cursor.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, postId INTEGER, text TEXT, authorId INTEGER, createdAt TEXT)")
conn.commit()


def getUser(request):
    token = request.headers.get("Authorization").split(" ")[1]
    try:
        data = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    except:
        raise HTTPException(status_code=401, detail="Invalid token")
    return data


@app.get("/")
async def home():
    return {"message": "Welcome to my blog api!!"}


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    hashedPassword = hashlib.sha256(password.encode()).hexdigest()

    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    user = cursor.fetchone()
    if user:
        return {"error": "User already exists"}

    cursor.execute(f"INSERT INTO users (username, password) VALUES ('{username}', '{hashedPassword}')")
    conn.commit()

    return {"message": "User created!", "id": cursor.lastrowid, "username": username, "password": hashedPassword}


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    hashedPassword = hashlib.sha256(password.encode()).hexdigest()

    cursor.execute(f"SELECT * FROM users WHERE username = '{username}' AND password = '{hashedPassword}'")
    user = cursor.fetchone()

    if not user:
        raise HTTPException(status_code=401, detail="Wrong username or password")

    token = jwt.encode(
        {
            "id": user["id"],
            "username": user["username"],
            "exp": datetime.datetime.utcnow() + datetime.timedelta(days=30),
        },
        SECRET_KEY,
        algorithm="HS256",
    )
    return {"token": token, "user": dict(user)}


@app.get("/posts")
async def getPosts():
    cursor.execute("SELECT * FROM posts ORDER BY id DESC")
    posts = cursor.fetchall()

    result = []
    for post in posts:
        cursor.execute(f"SELECT username FROM users WHERE id = {post['authorId']}")
        author = cursor.fetchone()
        result.append({
            "id": post["id"],
            "title": post["title"],
            "content": post["content"],
            "author": author["username"],
            "createdAt": post["createdAt"],
        })
    return result


@app.get("/posts/{id}")
async def getPost(id):
    cursor.execute(f"SELECT * FROM posts WHERE id = {id}")
    post = cursor.fetchone()
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return dict(post)


@app.post("/posts")
async def createPost(request: Request):
    user = getUser(request)
    data = await request.json()
    title = data["title"]
    content = data["content"]
    createdAt = str(datetime.datetime.now())

    cursor.execute(f"INSERT INTO posts (title, content, authorId, createdAt) VALUES ('{title}', '{content}', {user['id']}, '{createdAt}')")
    conn.commit()

    return {"id": cursor.lastrowid, "title": title, "content": content, "authorId": user["id"], "createdAt": createdAt}


@app.put("/posts/{id}")
async def updatePost(id, request: Request):
    user = getUser(request)
    data = await request.json()

    cursor.execute(f"SELECT * FROM posts WHERE id = {id}")
    post = cursor.fetchone()
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post["authorId"] != user["id"]:
        raise HTTPException(status_code=403, detail="This is not your post")

    title = data.get("title", post["title"])
    content = data.get("content", post["content"])
    cursor.execute(f"UPDATE posts SET title = '{title}', content = '{content}' WHERE id = {id}")
    conn.commit()

    return {"id": int(id), "title": title, "content": content}


@app.delete("/posts/{id}")
async def deletePost(id, request: Request):
    user = getUser(request)
    cursor.execute(f"DELETE FROM posts WHERE id = {id}")
    conn.commit()
    return {"message": "Post deleted"}


@app.post("/posts/{id}/comments")
async def addComment(id, request: Request):
    user = getUser(request)
    data = await request.json()
    text = data["text"]
    createdAt = str(datetime.datetime.now())

    cursor.execute(f"INSERT INTO comments (postId, text, authorId, createdAt) VALUES ({id}, '{text}', {user['id']}, '{createdAt}')")
    conn.commit()

    return {"id": cursor.lastrowid, "postId": int(id), "text": text, "authorId": user["id"]}


@app.get("/posts/{id}/comments")
async def getComments(id):
    cursor.execute(f"SELECT * FROM comments WHERE postId = {id}")
    comments = cursor.fetchall()
    return [dict(c) for c in comments]
