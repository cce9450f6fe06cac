"""
Configuration.

All values can be overridden with environment variables, e.g.::

    export BLOG_DB_URL=sqlite:///./blog.db
    export BLOG_SECRET_KEY=...
"""
import os

DB_URL = os.environ.get("BLOG_DB_URL", "sqlite:///./blog.db")
SECRET_KEY = os.environ.get("BLOG_SECRET_KEY", "hts-lab-blog-2024")
JWT_ALGORITHM = "HS256"

# PBKDF2 parameters (see security.py)
PBKDF2_ITERATIONS = int(os.environ.get("BLOG_PBKDF2_ITERATIONS", 600_000))
SALT_BYTES = 16

# pagination
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
