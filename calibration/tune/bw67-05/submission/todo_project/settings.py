"""Project settings, Django style: plain module constants, secrets from the environment."""

import os

DATABASE_URL = os.environ["DATABASE_URL"]  # e.g. mysql+pymysql://todo:todo@localhost:3306/todo
SECRET_KEY = os.environ["SECRET_KEY"]

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.environ.get("ACCESS_TOKEN_EXPIRE_MINUTES", "60"))

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
