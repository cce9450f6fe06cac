from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from blog.db import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    # hashed, same idea as the password column of django's auth_user
    password: Mapped[str] = mapped_column(String(255))
    date_joined: Mapped[datetime] = mapped_column(default=datetime.utcnow)
