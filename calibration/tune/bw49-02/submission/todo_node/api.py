from fastapi import FastAPI, Header, HTTPException, Response

from todo_node.config import Config
from todo_node.database import Database
from todo_node.entities import TodoEntity, UserEntity
from todo_node.messages import CreateTodoRequest, LoginRequest, SignupRequest, UpdateTodoRequest
from todo_node.password_hasher import PasswordHasher
from todo_node.todo_repository import TodoRepository
from todo_node.token_service import TokenService
from todo_node.user_repository import UserRepository


class TodoApiNode:
    """Top-level object. Constructs and owns every subsystem, then wires the HTTP routes."""

    def __init__(self, db_path: str = Config.kDatabasePath) -> None:
        self._db: Database = Database(db_path)
        self._hasher: PasswordHasher = PasswordHasher(Config.kPbkdf2Iterations, Config.kSaltBytes)
        self._tokens: TokenService = TokenService(Config.kTokenSecret, Config.kTokenLifetimeSec)
        self._users: UserRepository = UserRepository(self._db)
        self._todos: TodoRepository = TodoRepository(self._db)

        self.app: FastAPI = FastAPI(title="todo_node")
        self._register_routes()

    def shutdown(self) -> None:
        self._db.close()

    def _register_routes(self) -> None:
        self.app.add_api_route("/signup", self.signup, methods=["POST"], status_code=201)
        self.app.add_api_route("/login", self.login, methods=["POST"])
        self.app.add_api_route("/todos", self.create_todo, methods=["POST"], status_code=201)
        self.app.add_api_route("/todos", self.list_todos, methods=["GET"])
        self.app.add_api_route("/todos/{todo_id}", self.get_todo, methods=["GET"])
        self.app.add_api_route("/todos/{todo_id}", self.update_todo, methods=["PUT"])
        self.app.add_api_route(
            "/todos/{todo_id}", self.delete_todo, methods=["DELETE"], status_code=204
        )

    # ------------------------------------------------------------------ auth helpers

    def _authenticate(self, authorization: str | None) -> int:
        if authorization is None or not authorization.startswith("Bearer "):
            raise HTTPException(status_code=401, detail="missing bearer token")
        user_id: int | None = self._tokens.validate(authorization[len("Bearer ") :])
        if user_id is None:
            raise HTTPException(status_code=401, detail="invalid or expired token")
        return user_id

    # ------------------------------------------------------------------ handlers

    async def signup(self, request: SignupRequest) -> dict[str, object]:
        salt, digest = self._hasher.hash(request.password)
        user: UserEntity | None = self._users.create(request.username, salt, digest)
        if user is None:
            raise HTTPException(status_code=409, detail="username already exists")
        return {"id": user.id, "username": user.username}

    async def login(self, request: LoginRequest) -> dict[str, object]:
        user: UserEntity | None = self._users.find_by_username(request.username)
        if user is None or not self._hasher.verify(
            request.password, user.password_salt, user.password_hash
        ):
            raise HTTPException(status_code=401, detail="bad credentials")
        return {"access_token": self._tokens.issue(user.id), "token_type": "bearer"}

    async def create_todo(
        self, request: CreateTodoRequest, authorization: str | None = Header(default=None)
    ) -> dict[str, object]:
        user_id: int = self._authenticate(authorization)
        if self._todos.count_for_owner(user_id) >= Config.kMaxTodosPerUser:
            raise HTTPException(status_code=409, detail="todo capacity exhausted")
        todo: TodoEntity = self._todos.create(
            user_id, request.title, request.description, request.done
        )
        return todo.to_dict()

    async def list_todos(
        self,
        limit: int = Config.kDefaultPageSize,
        offset: int = 0,
        authorization: str | None = Header(default=None),
    ) -> list[dict[str, object]]:
        user_id: int = self._authenticate(authorization)
        if limit < 1 or limit > Config.kMaxPageSize:
            raise HTTPException(status_code=422, detail=f"limit must be in [1, {Config.kMaxPageSize}]")
        if offset < 0:
            raise HTTPException(status_code=422, detail="offset must be >= 0")
        todos: list[TodoEntity] = self._todos.list_for_owner(user_id, limit, offset)
        return [t.to_dict() for t in todos]

    async def get_todo(
        self, todo_id: int, authorization: str | None = Header(default=None)
    ) -> dict[str, object]:
        user_id: int = self._authenticate(authorization)
        todo: TodoEntity | None = self._todos.get(todo_id, user_id)
        if todo is None:
            raise HTTPException(status_code=404, detail="todo not found")
        return todo.to_dict()

    async def update_todo(
        self,
        todo_id: int,
        request: UpdateTodoRequest,
        authorization: str | None = Header(default=None),
    ) -> dict[str, object]:
        self._authenticate(authorization)
        fields: dict[str, object] = request.model_dump(exclude_unset=True)
        todo: TodoEntity | None = self._todos.update(todo_id, fields)
        if todo is None:
            raise HTTPException(status_code=404, detail="todo not found")
        return todo.to_dict()

    async def delete_todo(
        self, todo_id: int, authorization: str | None = Header(default=None)
    ) -> Response:
        user_id: int = self._authenticate(authorization)
        if not self._todos.delete(todo_id, user_id):
            raise HTTPException(status_code=404, detail="todo not found")
        return Response(status_code=204)
