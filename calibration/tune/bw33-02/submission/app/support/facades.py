"""Small facades so the rest of the code reads like Laravel (DB::, Hash::, Config::)."""
import bcrypt
from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

from config.app import config


class Config:
    @staticmethod
    def get(key, default=None):
        value = config
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                return default
            value = value[part]
        return value


class DB:
    engine = None
    session = None

    @classmethod
    def connect(cls, database=None):
        database = database or Config.get("database.database")
        cls.engine = create_engine(
            f"sqlite:///{database}", connect_args={"check_same_thread": False}
        )
        cls.session = scoped_session(sessionmaker(bind=cls.engine, expire_on_commit=False))
        return cls.engine

    @classmethod
    def transaction(cls, callback):
        try:
            result = callback()
            cls.session.commit()
            return result
        except Exception:
            cls.session.rollback()
            raise


class Hash:
    @staticmethod
    def make(value):
        return bcrypt.hashpw(value.encode(), bcrypt.gensalt(rounds=12)).decode()

    @staticmethod
    def check(value, hashed):
        return bcrypt.checkpw(value.encode(), hashed.encode())
