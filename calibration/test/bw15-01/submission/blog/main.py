import os

from .app import create_app

app = create_app(os.environ.get("BLOG_DB", "blog.db"))
