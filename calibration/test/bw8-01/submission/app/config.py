"""
Config, read from .env (like Laravel's config/*.php files + env() helper).
"""
import os

from dotenv import load_dotenv

load_dotenv()


def env(key, default=None):
    value = os.getenv(key)
    if value is None or value == "":
        return default
    if value.lower() in ("true", "(true)"):
        return True
    if value.lower() in ("false", "(false)"):
        return False
    return value


config = {
    "app": {
        "name": env("APP_NAME", "Todo API"),
        "debug": env("APP_DEBUG", False),
    },
    "database": {
        "database": env("DB_DATABASE", "database.sqlite"),
    },
    "auth": {
        "token_expiration": int(env("TOKEN_EXPIRATION", 1440)) if env("TOKEN_EXPIRATION", 1440) else None,
        "bcrypt_rounds": int(env("BCRYPT_ROUNDS", 12)),
    },
    "pagination": {
        "per_page": 15,
        "max_per_page": 100,
    },
}
