from fastapi import FastAPI, Request, HTTPException, Header
from fastapi.middleware.cors import CORSMiddleware
import requests
import secrets
import time

app = FastAPI()

# so my react app on localhost:3000 can talk to the api
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# "database" (works like localStorage, resets when server restarts)
users = []
todos = []
sessions = {}

VALIDATION_SERVICE_URL = "http://localhost:8001/validate"
ADMIN_KEY = "superSecretAdminKey123"


def findUser(userName):
    for user in users:
        if user["userName"] == userName:
            return user
    return None


def getUserFromToken(authHeader):
    if authHeader == None:
        raise HTTPException(status_code=401, detail="you need to login first")
    token = authHeader.replace("Bearer ", "")
    if token in sessions:
        return sessions[token]
    raise HTTPException(status_code=401, detail="invalid token")


def validateTodo(todoData):
    # ask the validation microservice if the todo is ok
    try:
        response = requests.post(VALIDATION_SERVICE_URL, json=todoData, timeout=5)
        return response.json()
    except Exception as e:
        print("validation service is not responding", e)
        return {"isValid": True}


def findTodo(todoId):
    for todo in todos:
        if todo["id"] == int(todoId):
            return todo
    return None


@app.get("/")
async def home():
    return {"message": "Todo API is running!", "time": time.time()}


@app.post("/signup")
async def signUp(request: Request):
    body = await request.json()
    userName = body["userName"]
    password = body["password"]

    if findUser(userName):
        return {"error": "user already exists"}

    newUser = {
        "id": len(users) + 1,
        "userName": userName,
        "password": password,
        "createdAt": time.time(),
    }
    users.append(newUser)
    return newUser


@app.post("/login")
async def logIn(request: Request):
    body = await request.json()
    user = findUser(body.get("userName"))

    if user == None or user["password"] != body.get("password"):
        raise HTTPException(status_code=401, detail="wrong username or password")

    token = secrets.token_hex(32)
    sessions[token] = user
    return {"token": token, "user": user}


@app.get("/todos")
async def getTodos(limit=10, offset=0, authorization: str = Header(None)):
    currentUser = getUserFromToken(authorization)
    myTodos = []
    for todo in todos:
        if todo["userId"] == currentUser["id"]:
            myTodos.append(todo)
    start = int(offset)
    end = int(offset) + int(limit)
    return {"todos": myTodos[start:end], "count": len(myTodos)}


@app.post("/todos")
async def createTodo(request: Request, authorization: str = Header(None)):
    currentUser = getUserFromToken(authorization)
    body = await request.json()

    validation = validateTodo(body)
    if not validation["isValid"]:
        return {"error": validation["message"]}

    newTodo = {
        "id": len(todos) + 1,
        "title": body.get("title"),
        "description": body.get("description", ""),
        "done": body.get("done", False),
        "userId": currentUser["id"],
        "createdAt": time.time(),
    }
    todos.append(newTodo)
    return newTodo


@app.get("/todos/{todoId}")
async def getTodo(todoId, authorization: str = Header(None)):
    getUserFromToken(authorization)
    todo = findTodo(todoId)
    if todo == None:
        raise HTTPException(status_code=404, detail="todo not found")
    return todo


@app.put("/todos/{todoId}")
async def updateTodo(todoId, request: Request, authorization: str = Header(None)):
    currentUser = getUserFromToken(authorization)
    todo = findTodo(todoId)
    if todo == None or todo["userId"] != currentUser["id"]:
        raise HTTPException(status_code=404, detail="todo not found")

    body = await request.json()
    validation = validateTodo({**todo, **body})
    if not validation["isValid"]:
        return {"error": validation["message"]}

    todo.update(body)
    return todo


@app.delete("/todos/{todoId}")
async def deleteTodo(todoId, authorization: str = Header(None)):
    currentUser = getUserFromToken(authorization)
    todo = findTodo(todoId)
    if todo == None or todo["userId"] != currentUser["id"]:
        raise HTTPException(status_code=404, detail="todo not found")
    todos.remove(todo)
    return {"message": "todo deleted", "deletedTodo": todo}


# for debugging, lets me see everything from postman
@app.get("/admin/allUsers")
async def getAllUsers(adminKey: str = Header(None)):
    if adminKey != ADMIN_KEY:
        raise HTTPException(status_code=403, detail="not allowed")
    return {"users": users, "sessions": sessions, "todos": todos}
