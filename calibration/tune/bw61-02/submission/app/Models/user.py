from sqlalchemy import Column, Integer, String

from app.Models.model import Model
from config.database import Base


class User(Model, Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(255), unique=True, nullable=False)
    password = Column(String(255), nullable=False)
