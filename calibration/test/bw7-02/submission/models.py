from datetime import datetime

from sqlmodel import Field, Relationship, SQLModel


# ---------- Users ----------

class UserBase(SQLModel):
    username: str = Field(index=True, unique=True)


class User(UserBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    hashed_password: str

    posts: list["Post"] = Relationship(back_populates="author")


class UserCreate(UserBase):
    password: str


class UserPublic(UserBase):
    id: int


class Token(SQLModel):
    access_token: str
    token_type: str


# ---------- Posts ----------

class PostBase(SQLModel):
    title: str = Field(index=True)
    content: str


class Post(PostBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=datetime.utcnow)
    author_id: int = Field(foreign_key="user.id")

    author: User | None = Relationship(back_populates="posts")
    comments: list["Comment"] = Relationship(back_populates="post", cascade_delete=True)


class PostCreate(PostBase):
    pass


class PostPublic(PostBase):
    id: int
    created_at: datetime
    author_id: int


class PostUpdate(SQLModel):
    title: str | None = None
    content: str | None = None


# ---------- Comments ----------

class CommentBase(SQLModel):
    content: str


class Comment(CommentBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=datetime.utcnow)
    post_id: int = Field(foreign_key="post.id", ondelete="CASCADE")
    author_id: int = Field(foreign_key="user.id")

    post: Post | None = Relationship(back_populates="comments")


class CommentCreate(CommentBase):
    pass


class CommentPublic(CommentBase):
    id: int
    created_at: datetime
    post_id: int
    author_id: int
