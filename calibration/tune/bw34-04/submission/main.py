from fastapi import FastAPI, Request, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
import json
import os
import base64
from datetime import datetime

app = FastAPI()

# so my React frontend (localhost:3000) can talk to the API
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

DB_FILE = "db.json"

# same shape as the db.json I use with json-server on the frontend
initialState = {"users": [], "posts": [], "comments": []}


def loadDb():
    if os.path.exists(DB_FILE):
        with open(DB_FILE) as f:
            return json.load(f)
    return json.loads(json.dumps(initialState))


def saveDb():
    with open(DB_FILE, "w") as f:
        json.dump(db, f, indent=2)


db = loadDb()


# ---------- helpers ----------

def makeToken(user):
    # like a JWT: base64 of the payload, the frontend can decode it with atob()
    payload = json.dumps({"id": user["id"], "username": user["username"]})
    return base64.b64encode(payload.encode()).decode()


def getCurrentUser(request):
    authHeader = request.headers.get("Authorization")
    if not authHeader:
        raise HTTPException(status_code=401, detail="Not logged in")
    token = authHeader.replace("Bearer ", "")
    payload = json.loads(base64.b64decode(token))
    user = next((u for u in db["users"] if u["id"] == payload["id"]), None)
    if not user:
        raise HTTPException(status_code=401, detail="Not logged in")
    return user


def findPost(postId):
    return next((p for p in db["posts"] if p["id"] == postId), None)


# ---------- auth ----------

@app.post("/signup")
async def signup(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    if not username or not password:
        return JSONResponse(status_code=400, content={"error": "username and password are required"})

    existing = [u for u in db["users"] if u["username"] == username]
    if len(existing) > 0:
        return JSONResponse(status_code=400, content={"error": "username already taken"})

    newUser = {
        "id": len(db["users"]) + 1,
        "username": username,
        "password": password,
        "createdAt": datetime.now().isoformat(),
    }
    db["users"].append(newUser)
    saveDb()
    return JSONResponse(status_code=201, content=newUser)


@app.post("/login")
async def login(request: Request):
    body = await request.json()
    user = next(
        (u for u in db["users"] if u["username"] == body.get("username") and u["password"] == body.get("password")),
        None,
    )
    if not user:
        return JSONResponse(status_code=401, content={"error": "wrong username or password"})
    return {"token": makeToken(user), "user": user}


@app.get("/me")
async def me(request: Request):
    return getCurrentUser(request)


# ---------- posts ----------

@app.get("/posts")
async def getPosts(limit: int = 10, offset: int = 0):
    posts = sorted(db["posts"], key=lambda p: p["createdAt"], reverse=True)
    return posts[offset : offset + limit]


@app.get("/posts/{postId}")
async def getPost(postId: int):
    post = findPost(postId)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@app.post("/posts")
async def createPost(request: Request):
    user = getCurrentUser(request)
    body = await request.json()

    newPost = {
        **body,
        "id": len(db["posts"]) + 1,
        "author": user,
        "createdAt": datetime.now().isoformat(),
    }
    db["posts"].append(newPost)
    saveDb()
    return JSONResponse(status_code=201, content=newPost)


@app.put("/posts/{postId}")
async def updatePost(postId: int, request: Request):
    user = getCurrentUser(request)
    body = await request.json()
    post = findPost(postId)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")

    post.update(body)
    post["updatedAt"] = datetime.now().isoformat()
    saveDb()
    return post


@app.delete("/posts/{postId}")
async def deletePost(postId: int, request: Request):
    user = getCurrentUser(request)
    post = findPost(postId)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post["author"]["id"] != user["id"]:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")

    db["posts"] = [p for p in db["posts"] if p["id"] != postId]
    db["comments"] = [c for c in db["comments"] if c["postId"] != postId]
    saveDb()
    return {"success": True}


# ---------- comments ----------

@app.get("/posts/{postId}/comments")
async def getComments(postId: int):
    return [c for c in db["comments"] if c["postId"] == postId]


@app.post("/posts/{postId}/comments")
async def addComment(postId: int, request: Request):
    user = getCurrentUser(request)
    body = await request.json()

    newComment = {
        "id": len(db["comments"]) + 1,
        "postId": postId,
        "text": body.get("text"),
        "author": user["username"],
        "createdAt": datetime.now().isoformat(),
    }
    db["comments"].append(newComment)
    saveDb()
    return JSONResponse(status_code=201, content=newComment)
