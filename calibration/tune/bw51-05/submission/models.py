# models.py
# =====================================================
# All of our database models and schemas live here! 🗃️
# We use SQLModel because it combines SQLAlchemy AND Pydantic
# so we can use the same class for the database and for the API (so cool!!)
# =====================================================

from datetime import datetime
from typing import List, Optional

from sqlmodel import Field, Relationship, SQLModel


# =====================================================
# 👤 USER MODELS
# =====================================================

class UserBase(SQLModel):
    # the username must be unique so two people can't have the same name
    username: str = Field(index=True, unique=True, min_length=3, max_length=50)


class User(UserBase, table=True):
    # the id is the primary key, the database creates it automatically
    id: Optional[int] = Field(default=None, primary_key=True)
    # we store the HASHED password, never the real one!! 🔒
    hashed_password: str
    # the date when the user signed up
    created_at: datetime = Field(default_factory=datetime.utcnow)
    # all the todos of this user (one user has many todos)
    todos: List["Todo"] = Relationship(back_populates="owner")


class UserCreate(UserBase):
    # this is what the user sends when signing up
    password: str = Field(min_length=6)


# =====================================================
# ✅ TODO MODELS
# =====================================================

class TodoBase(SQLModel):
    # the title of the todo, for example "Buy milk" 🥛
    title: str = Field(min_length=1, max_length=200)
    # an optional longer description
    description: Optional[str] = None
    # is the todo done or not?
    done: bool = False
    # EXTRA FEATURE: priority from 1 (low) to 5 (super urgent 🔥)
    priority: int = Field(default=1, ge=1, le=5)
    # EXTRA FEATURE: a color so a frontend can show the todos in pretty colors 🎨
    color: str = "#ffffff"
    # EXTRA FEATURE: when the todo should be done
    due_date: Optional[datetime] = None


class Todo(TodoBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    # the id of the user who owns this todo
    owner_id: Optional[int] = Field(default=None, foreign_key="user.id")
    # when the todo was created and last updated
    created_at: datetime = Field(default_factory=datetime.utcnow)
    updated_at: Optional[datetime] = None
    # the user who owns this todo
    owner: Optional[User] = Relationship(back_populates="todos")
    # EXTRA FEATURE: tags! (one todo can have many tags) 🏷️
    tags: List["Tag"] = Relationship(back_populates="todo")


class Tag(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    # the name of the tag, for example "work" or "shopping"
    name: str
    # which todo this tag belongs to
    todo_id: Optional[int] = Field(default=None, foreign_key="todo.id")
    todo: Optional[Todo] = Relationship(back_populates="tags")


class TodoCreate(TodoBase):
    # when creating a todo you can also send a list of tags
    tags: List[str] = []


class TodoUpdate(SQLModel):
    # everything is optional because you might only want to change one thing
    title: Optional[str] = None
    description: Optional[str] = None
    done: Optional[bool] = None
    priority: Optional[int] = None
    color: Optional[str] = None
    due_date: Optional[datetime] = None
    tags: Optional[List[str]] = None


class TodoRead(TodoBase):
    # this is what we send back to the user
    id: int
    owner_id: int
    created_at: datetime
    updated_at: Optional[datetime] = None
    tags: List[str] = []
