from .dto import RegisterRequest, TodoRequest, TodoResponse, TokenResponse, UserResponse
from .entities import User
from .exceptions import (
    BadCredentialsException,
    ResourceNotFoundException,
    UsernameAlreadyExistsException,
)
from .repositories import TodoRepository, UserRepository
from .security import JwtTokenProvider, PasswordEncoder


class UserService:
    def __init__(
        self,
        user_repository: UserRepository,
        password_encoder: PasswordEncoder,
        token_provider: JwtTokenProvider,
    ) -> None:
        self.user_repository = user_repository
        self.password_encoder = password_encoder
        self.token_provider = token_provider

    async def register(self, request: RegisterRequest) -> UserResponse:
        if await self.user_repository.find_by_username(request.username) is not None:
            raise UsernameAlreadyExistsException(f"Username '{request.username}' is already taken")
        password_hash = await self.password_encoder.encode(request.password)
        user = await self.user_repository.save(request.username, password_hash)
        return UserResponse.model_validate(user)

    async def login(self, username: str, password: str) -> TokenResponse:
        user = await self.user_repository.find_by_username(username)
        if user is None or not await self.password_encoder.matches(password, user.password_hash):
            raise BadCredentialsException("Bad credentials")
        return TokenResponse(access_token=self.token_provider.create_token(user.id))

    async def load_user_from_token(self, token: str) -> User:
        user_id = self.token_provider.get_user_id(token)
        user = await self.user_repository.find_by_id(user_id) if user_id is not None else None
        if user is None:
            raise BadCredentialsException("Invalid or expired token")
        return user


class TodoService:
    def __init__(self, todo_repository: TodoRepository) -> None:
        self.todo_repository = todo_repository

    async def create(self, owner: User, request: TodoRequest) -> TodoResponse:
        todo = await self.todo_repository.save(
            owner.id, request.title, request.description, request.done
        )
        return TodoResponse.model_validate(todo)

    async def find_all(self, owner: User, limit: int, offset: int) -> list[TodoResponse]:
        todos = await self.todo_repository.find_all_by_owner(owner.id, limit, offset)
        return [TodoResponse.model_validate(todo) for todo in todos]

    async def find_one(self, owner: User, todo_id: int) -> TodoResponse:
        todo = await self.todo_repository.find_by_id_and_owner(todo_id, owner.id)
        if todo is None:
            raise ResourceNotFoundException(f"Todo {todo_id} not found")
        return TodoResponse.model_validate(todo)

    async def update(self, owner: User, todo_id: int, request: TodoRequest) -> TodoResponse:
        todo = await self.todo_repository.find_by_id_and_owner(todo_id, owner.id)
        if todo is None:
            raise ResourceNotFoundException(f"Todo {todo_id} not found")
        todo.title = request.title
        todo.description = request.description
        todo.done = request.done
        return TodoResponse.model_validate(await self.todo_repository.update(todo))

    async def delete(self, owner: User, todo_id: int) -> None:
        if not await self.todo_repository.delete(todo_id, owner.id):
            raise ResourceNotFoundException(f"Todo {todo_id} not found")
