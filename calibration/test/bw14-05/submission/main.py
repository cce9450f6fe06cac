import hashlib
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Optional

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI(title="Todo API")


# ---------------------------------------------------------------------------
# region Models
# ---------------------------------------------------------------------------


@dataclass
class User:
    id: int
    username: str
    passwordHash: str
    createdAt: str = field(default_factory=lambda: datetime.now().isoformat())


@dataclass
class Todo:
    id: int
    ownerId: int
    title: str
    description: Optional[str] = None
    isDone: bool = False
    createdAt: str = field(default_factory=lambda: datetime.now().isoformat())
    updatedAt: str = field(default_factory=lambda: datetime.now().isoformat())


@dataclass
class ApiResponse:
    """Same envelope the mobile app expects: { success, data, error }"""

    success: bool
    data: Any = None
    error: Optional[str] = None

    def toResponse(self, statusCode: int = 200) -> JSONResponse:
        return JSONResponse(status_code=statusCode, content=asdict(self))


# endregion


# ---------------------------------------------------------------------------
# region Constants
# ---------------------------------------------------------------------------


class Constants:
    DEFAULT_LIMIT = 10
    MAX_LIMIT = 100
    TOKEN_PREFIX = "Bearer "


# endregion


# ---------------------------------------------------------------------------
# region Repositories (in memory, like a Room DAO but without Room)
# ---------------------------------------------------------------------------


class UserRepository:
    users: Dict[str, User] = {}  # username -> user
    tokens: Dict[str, int] = {}  # token -> userId
    nextId = 1

    @classmethod
    def findByUsername(cls, username: str) -> Optional[User]:
        return cls.users.get(username)

    @classmethod
    def create(cls, username: str, password: str) -> User:
        user = User(id=cls.nextId, username=username, passwordHash=hashPassword(password))
        cls.users[user.username] = user
        cls.nextId += 1
        return user

    @classmethod
    def createToken(cls, userId: int) -> str:
        token = uuid.uuid4().hex
        cls.tokens[token] = userId
        return token

    @classmethod
    def userIdForToken(cls, token: str) -> Optional[int]:
        return cls.tokens.get(token)


class TodoRepository:
    todosByUser: Dict[int, Dict[int, Todo]] = {}
    nextId = 1

    @classmethod
    def getAll(cls, userId: int) -> List[Todo]:
        return list(cls.todosByUser.get(userId, {}).values())

    @classmethod
    def get(cls, userId: int, todoId: int) -> Optional[Todo]:
        return cls.todosByUser.get(userId, {}).get(todoId)

    @classmethod
    def add(cls, userId: int, title: str, description: Optional[str], isDone: bool) -> Todo:
        todo = Todo(
            id=cls.nextId, ownerId=userId, title=title, description=description, isDone=isDone
        )
        cls.todosByUser.setdefault(userId, {})[todo.id] = todo
        cls.nextId += 1
        return todo

    @classmethod
    def delete(cls, userId: int, todoId: int) -> bool:
        return cls.todosByUser.get(userId, {}).pop(todoId, None) is not None


# endregion


# ---------------------------------------------------------------------------
# region Helpers
# ---------------------------------------------------------------------------


def hashPassword(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


def getUserId(request: Request) -> Optional[int]:
    header = request.headers.get("Authorization")
    if header is None or not header.startswith(Constants.TOKEN_PREFIX):
        return None
    token = header[len(Constants.TOKEN_PREFIX):]
    return UserRepository.userIdForToken(token)


def unauthorized() -> JSONResponse:
    return ApiResponse(success=False, error="Unauthorized").toResponse(401)


def notFound() -> JSONResponse:
    return ApiResponse(success=False, error="Todo not found").toResponse(404)


def badRequest(message: str) -> JSONResponse:
    return ApiResponse(success=False, error=message).toResponse(400)


# endregion


# ---------------------------------------------------------------------------
# region Auth endpoints
# ---------------------------------------------------------------------------


@app.post("/auth/register")
async def register(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    if not username or not password:
        return badRequest("username and password are required")
    if len(password) < 6:
        return badRequest("password must be at least 6 characters")
    if UserRepository.findByUsername(username) is not None:
        return badRequest("user already exists")

    user = UserRepository.create(username, password)
    return ApiResponse(success=True, data=asdict(user)).toResponse(201)


@app.post("/auth/login")
async def login(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    user = UserRepository.findByUsername(username)
    if user is None or user.passwordHash != hashPassword(password or ""):
        return ApiResponse(success=False, error="Wrong username or password").toResponse(401)

    token = UserRepository.createToken(user.id)
    return ApiResponse(success=True, data={"token": token, "userId": user.id}).toResponse()


# endregion


# ---------------------------------------------------------------------------
# region Todo endpoints
# ---------------------------------------------------------------------------


@app.get("/todos")
async def getTodos(request: Request, limit: int = Constants.DEFAULT_LIMIT, offset: int = 0):
    userId = getUserId(request)
    if userId is None:
        return unauthorized()

    # same as coerceIn() in Kotlin
    limit = max(1, min(limit, Constants.MAX_LIMIT))
    offset = max(0, offset)

    todos = TodoRepository.getAll(userId)
    page = todos[offset:offset + limit]
    return ApiResponse(
        success=True, data={"items": [asdict(t) for t in page], "total": len(todos)}
    ).toResponse()


@app.post("/todos")
async def createTodo(request: Request):
    userId = getUserId(request)
    if userId is None:
        return unauthorized()

    body = await request.json()
    title = body.get("title")
    if not title:
        return badRequest("title is required")

    todo = TodoRepository.add(
        userId, title, body.get("description"), body.get("isDone", False)
    )
    return ApiResponse(success=True, data=asdict(todo)).toResponse(201)


@app.get("/todos/{todoId}")
async def getTodo(todoId: int, request: Request):
    userId = getUserId(request)
    if userId is None:
        return unauthorized()

    todo = TodoRepository.get(userId, todoId)
    if todo is None:
        return notFound()
    return ApiResponse(success=True, data=asdict(todo)).toResponse()


@app.put("/todos/{todoId}")
async def updateTodo(todoId: int, request: Request):
    userId = getUserId(request)
    if userId is None:
        return unauthorized()

    todo = TodoRepository.get(userId, todoId)
    if todo is None:
        return notFound()

    body = await request.json()
    todo.title = body.get("title", todo.title)
    todo.description = body.get("description", todo.description)
    todo.isDone = body.get("isDone", todo.isDone)
    todo.updatedAt = datetime.now().isoformat()
    return ApiResponse(success=True, data=asdict(todo)).toResponse()


@app.delete("/todos/{todoId}")
async def deleteTodo(todoId: int, request: Request):
    userId = getUserId(request)
    if userId is None:
        return unauthorized()

    if not TodoRepository.delete(userId, todoId):
        return notFound()
    return ApiResponse(success=True, data=None).toResponse()


# endregion
