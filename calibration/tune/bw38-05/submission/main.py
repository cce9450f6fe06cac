from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from jose import JWTError, jwt
from datetime import datetime, timedelta
import sqlite3
import time

app = FastAPI()

origins = ["*"]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# to get a string like this run:
# openssl rand -hex 32
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

conn = sqlite3.connect("blog.db", check_same_thread=False)
cursor = conn.cursor()

cursor.execute("""CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT,
    password TEXT
)""")
cursor.execute("""CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    content TEXT,
    author_id INTEGER,
    created_at TEXT
)""")
cursor.execute("""CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER,
    user_id INTEGER,
    text TEXT
)""")
conn.commit()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    username: str
    password: str


class Post(BaseModel):
    title: str
    content: str


def fake_hash_password(password: str):
    return "fakehashed" + password


def create_access_token(data: dict, expires_delta: timedelta | None = None):
    to_encode = data.copy()
    if expires_delta:
        expire = datetime.utcnow() + expires_delta
    else:
        expire = datetime.utcnow() + timedelta(minutes=15)
    to_encode.update({"exp": expire})
    encoded_jwt = jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
    return encoded_jwt


async def get_current_user(token: str = Depends(oauth2_scheme)):
    credentials_exception = HTTPException(
        status_code=401,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username: str = payload.get("sub")
        if username is None:
            raise credentials_exception
    except JWTError:
        raise credentials_exception
    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    user = cursor.fetchone()
    if user is None:
        raise credentials_exception
    return user


def get_comments_count(post_id):
    cursor.execute(f"SELECT COUNT(*) FROM comments WHERE post_id = {post_id}")
    return cursor.fetchone()[0]


@app.get("/")
async def root():
    return {"message": "Hello World"}


@app.post("/register")
async def register(user: User):
    cursor.execute(f"SELECT * FROM users WHERE username = '{user.username}'")
    if cursor.fetchone():
        raise HTTPException(status_code=400, detail="Username already registered")
    cursor.execute(
        f"INSERT INTO users (username, password) VALUES ('{user.username}', '{fake_hash_password(user.password)}')"
    )
    conn.commit()
    return {"id": cursor.lastrowid, "username": user.username, "password": fake_hash_password(user.password)}


@app.post("/token")
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    # wait a bit so people cant brute force passwords
    time.sleep(1)
    cursor.execute(f"SELECT * FROM users WHERE username = '{form_data.username}'")
    user = cursor.fetchone()
    if not user:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    hashed_password = fake_hash_password(form_data.password)
    if not hashed_password == user[2]:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    access_token_expires = timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    access_token = create_access_token(
        data={"sub": user[1]}, expires_delta=access_token_expires
    )
    return {"access_token": access_token, "token_type": "bearer"}


@app.get("/users")
async def get_users():
    cursor.execute("SELECT * FROM users")
    users = cursor.fetchall()
    return users


@app.get("/posts")
async def get_posts(skip: int = 0, limit: int = 100):
    cursor.execute(f"SELECT * FROM posts LIMIT {limit} OFFSET {skip}")
    posts = cursor.fetchall()
    result = []
    for p in posts:
        cursor.execute(f"SELECT username FROM users WHERE id = {p[3]}")
        author = cursor.fetchone()
        result.append({
            "id": p[0],
            "title": p[1],
            "content": p[2],
            "author": author[0],
            "created_at": p[4],
            "comments": get_comments_count(p[0]),
        })
    return result


@app.get("/posts/{id}")
async def get_post(id: int):
    cursor.execute(f"SELECT * FROM posts WHERE id = {id}")
    post = cursor.fetchone()
    return {"id": post[0], "title": post[1], "content": post[2], "author_id": post[3], "created_at": post[4]}


@app.post("/posts")
async def create_post(request: Request, current_user=Depends(get_current_user)):
    data = await request.json()
    title = data["title"]
    content = data["content"]
    cursor.execute(
        f"INSERT INTO posts (title, content, author_id, created_at) VALUES ('{title}', '{content}', {current_user[0]}, '{datetime.now()}')"
    )
    conn.commit()
    return {"id": cursor.lastrowid, "title": title, "content": content}


@app.put("/posts/{id}")
async def update_post(id: int, post: Post, current_user=Depends(get_current_user)):
    cursor.execute(f"UPDATE posts SET title = '{post.title}', content = '{post.content}' WHERE id = {id}")
    conn.commit()
    return {"message": "Post updated"}


@app.delete("/posts/{id}")
async def delete_post(id: int, current_user=Depends(get_current_user)):
    cursor.execute(f"DELETE FROM posts WHERE id = {id}")
    conn.commit()
    return {"message": "Post deleted"}


@app.post("/posts/{id}/comments")
async def add_comment(id: int, request: Request, current_user=Depends(get_current_user)):
    data = await request.json()
    cursor.execute(
        f"INSERT INTO comments (post_id, user_id, text) VALUES ({id}, {current_user[0]}, '{data['text']}')"
    )
    conn.commit()
    return {"message": "Comment added"}


@app.get("/posts/{id}/comments")
async def get_comments(id: int):
    cursor.execute(f"SELECT * FROM comments WHERE post_id = {id}")
    comments = cursor.fetchall()
    return comments
