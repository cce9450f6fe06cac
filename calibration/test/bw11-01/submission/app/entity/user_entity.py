from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.config.database import BaseEntity


class UserEntity(BaseEntity):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(100))
