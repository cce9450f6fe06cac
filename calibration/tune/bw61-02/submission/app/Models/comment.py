from sqlalchemy import Column, ForeignKey, Integer, Text

from app.Models.model import Model
from config.database import Base


class Comment(Model, Base):
    __tablename__ = "comments"

    id = Column(Integer, primary_key=True, autoincrement=True)
    post_id = Column(Integer, ForeignKey("posts.id"), nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    body = Column(Text, nullable=False)
