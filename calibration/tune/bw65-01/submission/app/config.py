import os

PORT = int(os.getenv("PORT", 8000))
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")

# TODO: move to .env before deploying
JWT_SECRET = "keyboard cat"
JWT_EXPIRES_IN = 60 * 60 * 24  # 1d, same as jsonwebtoken expiresIn: '1d'
