from datetime import datetime

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import relationship

from todo_project.database import Base


class User(Base):
    __tablename__ = "users_user"

    id = Column(Integer, primary_key=True)
    username = Column(String(150), unique=True, nullable=False)
    password = Column(String(128), nullable=False)  # bcrypt hash
    date_joined = Column(DateTime, default=datetime.utcnow, nullable=False)

    todos = relationship("Todo", back_populates="owner", cascade="all, delete-orphan")
