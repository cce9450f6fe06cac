from datetime import datetime

from sqlalchemy import Column, DateTime, Integer, String

from app.db import Base


class User(Base):
    __tablename__ = "t_user"

    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(64), nullable=False, unique=True, index=True)
    password_hash = Column(String(128), nullable=False)
    created_at = Column(DateTime, nullable=False, default=datetime.utcnow)
