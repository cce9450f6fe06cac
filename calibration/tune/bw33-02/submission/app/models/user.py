import secrets
from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from app.models.model import Model


class User(Model):
    __tablename__ = "users"

    name = Column(String(255), unique=True, nullable=False)
    password = Column(String(255), nullable=False)

    posts = relationship("Post", back_populates="author")

    fillable = ["name", "password"]
    hidden = ["password"]

    def create_token(self, name="api"):
        plain = secrets.token_hex(40)
        PersonalAccessToken.create(user_id=self.id, name=name, token=plain)
        return plain


class PersonalAccessToken(Model):
    __tablename__ = "personal_access_tokens"

    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    name = Column(String(255))
    token = Column(String(80), unique=True, index=True)
    last_used_at = Column(DateTime, nullable=True)

    user = relationship("User")

    fillable = ["user_id", "name", "token", "last_used_at"]

    def touch(self):
        self.last_used_at = datetime.utcnow()
        self.save()
