import secrets
from datetime import datetime

import bcrypt
from sqlalchemy import DateTime, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import config
from app.db import ApplicationRecord
from app.models.concerns import timestamps, validates_presence_of


@timestamps
class User(ApplicationRecord):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    password_digest: Mapped[str] = mapped_column(String(60))
    api_token: Mapped[str] = mapped_column(String(48), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    posts = relationship("Post", back_populates="author")
    comments = relationship("Comment", back_populates="author")

    _validate_presence = validates_presence_of("username")

    # has_secure_password
    @property
    def password(self):
        raise AttributeError("password is write-only")

    @password.setter
    def password(self, plain):
        salt = bcrypt.gensalt(rounds=config.BCRYPT_COST)
        self.password_digest = bcrypt.hashpw(plain.encode(), salt).decode()

    def authenticate(self, plain):
        if bcrypt.checkpw(plain.encode(), self.password_digest.encode()):
            return self
        return None

    # has_secure_token
    def regenerate_api_token(self):
        self.api_token = secrets.token_hex(24)

    def as_json(self):
        return {"id": self.id, "username": self.username}


@event.listens_for(User, "before_insert")
def generate_api_token(mapper, connection, target):
    if not target.api_token:
        target.regenerate_api_token()
