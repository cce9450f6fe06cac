import os


class Config:
    SECRET_KEY = os.environ.get("TODO_SECRET_KEY")
    DATABASE_URI = os.environ.get("TODO_DATABASE_URI", "sqlite:///todo.db")
    TOKEN_MAX_AGE = int(os.environ.get("TODO_TOKEN_MAX_AGE", 60 * 60 * 24))
    PAGE_SIZE = 20
    MAX_PAGE_SIZE = 100
