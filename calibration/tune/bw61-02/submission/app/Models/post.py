from sqlalchemy import Column, ForeignKey, Integer, String, Text

from app.Models.model import Model
from config.database import Base


class Post(Model, Base):
    __tablename__ = "posts"

    id = Column(Integer, primary_key=True, autoincrement=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    title = Column(String(255), nullable=False)
    content = Column(Text, nullable=False)
