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
        "name": env("APP_NAME", "Blog API"),
        "env": env("APP_ENV", "production"),
        "debug": env("APP_DEBUG", False),
        "key": env("APP_KEY", "base64:q8Yl3vJ0m0a1Xr5tG6nQb7sP9dW2eF4hK8uZ1cV3xY0="),
    },
    "database": {
        "database": env("DB_DATABASE", "database/database.sqlite"),
    },
    "cors": {
        "paths": ["*"],
        "allowed_methods": ["*"],
        "allowed_origins": ["*"],
        "allowed_headers": ["*"],
        "supports_credentials": True,
    },
    "sanctum": {
        "expiration": 60 * 24,
    },
}
