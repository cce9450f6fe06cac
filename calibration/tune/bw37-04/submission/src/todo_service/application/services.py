"""Use cases. Synchronous by design (see ADR 0001): they are called from
threadpool-run ``def`` endpoints and talk to a synchronous database session."""

from dataclasses import dataclass
from uuid import UUID, uuid4

from ..domain.errors import AuthenticationError, ConflictError, NotFoundError
from ..domain.models import Page, PageRequest, Todo, User
from ..domain.ports import Clock, PasswordHasher, TokenService, UnitOfWork


@dataclass(frozen=True, slots=True)
class TodoDraft:
    title: str
    description: str | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class TodoPatch:
    """Fields to change. A field absent from ``fields`` is left untouched."""

    fields: dict[str, object]


class AuthService:
    def __init__(
        self, uow: UnitOfWork, hasher: PasswordHasher, tokens: TokenService, clock: Clock
    ) -> None:
        self._uow = uow
        self._hasher = hasher
        self._tokens = tokens
        self._clock = clock

    def register(self, username: str, password: str) -> User:
        if self._uow.users.by_username(username) is not None:
            raise ConflictError(f"username {username!r} is already taken")
        user = User(
            id=uuid4(),
            username=username,
            password_hash=self._hasher.hash(password),
            created_at=self._clock.now(),
        )
        self._uow.users.add(user)
        self._uow.commit()
        return user

    def login(self, username: str, password: str) -> str:
        user = self._uow.users.by_username(username)
        if user is None:
            # Same cost as a real verification, so response time doesn't reveal usernames.
            self._hasher.verify_decoy(password)
            raise AuthenticationError("incorrect username or password")
        if not self._hasher.verify(user.password_hash, password):
            raise AuthenticationError("incorrect username or password")
        return self._tokens.issue(user.id)

    def authenticate(self, token: str) -> User:
        user = self._uow.users.by_id(self._tokens.subject(token))
        if user is None:
            raise AuthenticationError("token subject no longer exists")
        return user


class TodoService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def create(self, owner: User, draft: TodoDraft) -> Todo:
        now = self._clock.now()
        todo = Todo(
            id=uuid4(),
            owner_id=owner.id,
            title=draft.title,
            description=draft.description,
            done=draft.done,
            created_at=now,
            updated_at=now,
        )
        self._uow.todos.add(todo)
        self._uow.commit()
        return todo

    def get(self, owner: User, todo_id: UUID) -> Todo:
        todo = self._uow.todos.get_owned(todo_id, owner.id)
        if todo is None:
            # Deliberately indistinguishable from "exists but belongs to someone else".
            raise NotFoundError("todo", todo_id)
        return todo

    def list(self, owner: User, page: PageRequest) -> Page[Todo]:
        return self._uow.todos.list_owned(owner.id, page)

    def update(self, owner: User, todo_id: UUID, patch: TodoPatch) -> Todo:
        todo = self.get(owner, todo_id)
        for name in ("title", "description", "done"):
            if name in patch.fields:
                setattr(todo, name, patch.fields[name])
        todo.updated_at = self._clock.now()
        self._uow.todos.save(todo)
        self._uow.commit()
        return todo

    def delete(self, owner: User, todo_id: UUID) -> None:
        todo = self.get(owner, todo_id)
        self._uow.todos.delete(todo)
        self._uow.commit()
