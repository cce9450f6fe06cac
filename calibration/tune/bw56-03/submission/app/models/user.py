from sqlalchemy import Column, String
from sqlalchemy.orm import relationship

from app.models.model import Model


class User(Model):
    __tablename__ = "users"

    username = Column(String(50), unique=True, nullable=False)
    password = Column(String(255), nullable=False)

    posts = relationship("Post", back_populates="author", cascade="all, delete-orphan")
