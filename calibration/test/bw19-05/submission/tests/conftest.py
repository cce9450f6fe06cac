import os

os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-not-for-production-use-0123")
os.environ.setdefault("BLOG_PBKDF2_ITERATIONS", "1000")
