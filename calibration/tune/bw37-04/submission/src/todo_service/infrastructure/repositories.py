"""SQLAlchemy implementations of the repository and unit-of-work ports."""

from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.models import Page, PageRequest, Todo, User
from .db import TodoRecord, UserRecord


def _user(record: UserRecord) -> User:
    return User(
        id=record.id,
        username=record.username,
        password_hash=record.password_hash,
        created_at=record.created_at,
    )


def _todo(record: TodoRecord) -> Todo:
    return Todo(
        id=record.id,
        owner_id=record.owner_id,
        title=record.title,
        description=record.description,
        done=record.done,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user: User) -> None:
        self._session.add(
            UserRecord(
                id=user.id,
                username=user.username,
                password_hash=user.password_hash,
                created_at=user.created_at,
            )
        )

    def by_id(self, user_id: UUID) -> User | None:
        record = self._session.get(UserRecord, user_id)
        return _user(record) if record else None

    def by_username(self, username: str) -> User | None:
        record = self._session.scalar(select(UserRecord).where(UserRecord.username == username))
        return _user(record) if record else None


class SqlTodoRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, todo: Todo) -> None:
        self._session.add(
            TodoRecord(
                id=todo.id,
                owner_id=todo.owner_id,
                title=todo.title,
                description=todo.description,
                done=todo.done,
                created_at=todo.created_at,
                updated_at=todo.updated_at,
            )
        )

    def _record(self, todo_id: UUID, owner_id: UUID) -> TodoRecord | None:
        return self._session.scalar(
            select(TodoRecord).where(TodoRecord.id == todo_id, TodoRecord.owner_id == owner_id)
        )

    def get_owned(self, todo_id: UUID, owner_id: UUID) -> Todo | None:
        record = self._record(todo_id, owner_id)
        return _todo(record) if record else None

    def list_owned(self, owner_id: UUID, page: PageRequest) -> Page[Todo]:
        column = getattr(TodoRecord, page.sort.value)
        ordering = getattr(column, page.direction.value)()
        owned = select(TodoRecord).where(TodoRecord.owner_id == owner_id)
        total = self._session.scalar(select(func.count()).select_from(owned.subquery())) or 0
        records = self._session.scalars(
            owned.order_by(ordering, TodoRecord.id).limit(page.limit).offset(page.offset)
        ).all()
        return Page(
            items=[_todo(r) for r in records], total=total, limit=page.limit, offset=page.offset
        )

    def save(self, todo: Todo) -> None:
        record = self._record(todo.id, todo.owner_id)
        if record is None:
            return
        record.title = todo.title
        record.description = todo.description
        record.done = todo.done
        record.updated_at = todo.updated_at

    def delete(self, todo: Todo) -> None:
        record = self._record(todo.id, todo.owner_id)
        if record is not None:
            self._session.delete(record)


class SqlUnitOfWork:
    """Scoped: one session per request, shared by both repositories."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.users = SqlUserRepository(session)
        self.todos = SqlTodoRepository(session)

    def commit(self) -> None:
        self._session.commit()

    def rollback(self) -> None:
        self._session.rollback()
