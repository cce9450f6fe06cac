"""SQLModel tables and the repositories that implement app.ports on top of them."""

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool
from sqlmodel import Field, Session, SQLModel, col, create_engine, select
from sqlmodel.sql.expression import Select

from app.domain import Comment, Post, User, UsernameTaken


class UserRow(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=32, unique=True, index=True)
    password_hash: str


class PostRow(SQLModel, table=True):
    __tablename__ = "posts"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    content: str
    author_id: int = Field(foreign_key="users.id", index=True)


class CommentRow(SQLModel, table=True):
    __tablename__ = "comments"

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="posts.id", index=True)
    author_id: int = Field(foreign_key="users.id")
    body: str


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url)
    # FastAPI runs sync routes in a threadpool, so the connection crosses threads.
    args = {"check_same_thread": False}
    if url in ("sqlite://", "sqlite:///:memory:"):
        return create_engine(url, connect_args=args, poolclass=StaticPool)
    return create_engine(url, connect_args=args)


def create_tables(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)


def _user(row: UserRow) -> User:
    assert row.id is not None
    return User(id=row.id, username=row.username, password_hash=row.password_hash)


class SqlUsers:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, username: str, password_hash: str) -> User:
        row = UserRow(username=username, password_hash=password_hash)
        self._session.add(row)
        try:
            self._session.commit()
        except IntegrityError:
            self._session.rollback()
            raise UsernameTaken(username) from None
        self._session.refresh(row)
        return _user(row)

    def by_username(self, username: str) -> User | None:
        row = self._session.exec(select(UserRow).where(UserRow.username == username)).first()
        return _user(row) if row else None

    def by_id(self, user_id: int) -> User | None:
        row = self._session.get(UserRow, user_id)
        return _user(row) if row else None


class SqlPosts:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _with_author(self) -> "Select[tuple[PostRow, str]]":
        return select(PostRow, UserRow.username).join(UserRow, col(PostRow.author_id) == col(UserRow.id))

    def add(self, author: User, title: str, content: str) -> Post:
        row = PostRow(title=title, content=content, author_id=author.id)
        self._session.add(row)
        self._session.commit()
        self._session.refresh(row)
        assert row.id is not None
        return Post(id=row.id, title=row.title, content=row.content, author_id=author.id, author=author.username)

    def get(self, post_id: int) -> Post | None:
        result = self._session.exec(self._with_author().where(col(PostRow.id) == post_id)).first()
        return _post(*result) if result else None

    def page(self, limit: int, offset: int) -> list[Post]:
        query = self._with_author().order_by(col(PostRow.id).desc()).offset(offset).limit(limit)
        return [_post(row, author) for row, author in self._session.exec(query).all()]

    def update(self, post_id: int, title: str, content: str) -> Post:
        row = self._session.get_one(PostRow, post_id)
        row.title, row.content = title, content
        self._session.commit()
        post = self.get(post_id)
        assert post is not None
        return post

    def remove(self, post_id: int) -> None:
        for comment in self._session.exec(select(CommentRow).where(col(CommentRow.post_id) == post_id)):
            self._session.delete(comment)
        row = self._session.get(PostRow, post_id)
        if row is not None:
            self._session.delete(row)
        self._session.commit()


def _post(row: PostRow, author: str) -> Post:
    assert row.id is not None
    return Post(id=row.id, title=row.title, content=row.content, author_id=row.author_id, author=author)


class SqlComments:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, post_id: int, author: User, body: str) -> Comment:
        row = CommentRow(post_id=post_id, author_id=author.id, body=body)
        self._session.add(row)
        self._session.commit()
        self._session.refresh(row)
        assert row.id is not None
        return Comment(id=row.id, post_id=post_id, body=row.body, author_id=author.id, author=author.username)

    def page_for_post(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        query = (
            select(CommentRow, UserRow.username)
            .join(UserRow, col(CommentRow.author_id) == col(UserRow.id))
            .where(col(CommentRow.post_id) == post_id)
            .order_by(col(CommentRow.id))
            .offset(offset)
            .limit(limit)
        )
        return [
            Comment(id=row.id, post_id=row.post_id, body=row.body, author_id=row.author_id, author=author)
            for row, author in self._session.exec(query).all()
        ]
