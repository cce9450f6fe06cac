import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    DATABASE = os.environ.get(
        "BLOG_DATABASE", os.path.join(basedir, "..", "instance", "blog.sqlite")
    )
    TOKEN_MAX_AGE = int(os.environ.get("TOKEN_MAX_AGE", 60 * 60 * 24))
    POSTS_PER_PAGE = 10
    MAX_POSTS_PER_PAGE = 50
