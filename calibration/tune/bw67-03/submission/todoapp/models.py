from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import mapped_column

from todoapp.db import Base


class User(Base):
    __tablename__ = "auth_user"

    id = mapped_column(Integer, primary_key=True)
    username = mapped_column(String(150), unique=True, nullable=False)
    password = mapped_column(String(128), nullable=False)
    is_active = mapped_column(Boolean, default=True)
    date_joined = mapped_column(DateTime, default=datetime.now)


class Token(Base):
    """Same as rest_framework.authtoken: one token per user."""

    __tablename__ = "authtoken_token"

    key = mapped_column(String(40), primary_key=True)
    user_id = mapped_column(Integer, ForeignKey("auth_user.id"), unique=True)
    created = mapped_column(DateTime, default=datetime.now)


class Todo(Base):
    __tablename__ = "todos_todo"

    id = mapped_column(Integer, primary_key=True)
    user_id = mapped_column(Integer, ForeignKey("auth_user.id"))
    title = mapped_column(String(255))
    description = mapped_column(Text, nullable=True)
    done = mapped_column(Boolean, default=False)
    created_at = mapped_column(DateTime, default=datetime.now)
