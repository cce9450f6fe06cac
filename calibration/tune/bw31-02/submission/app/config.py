import os

from dotenv import load_dotenv

load_dotenv()

config = {
    "port": int(os.getenv("PORT", 8000)),
    "dbPath": os.getenv("DB_PATH", "./todos.sqlite"),
    "jwtSecret": os.getenv("JWT_SECRET", "sup3r_s3cret_jwt_k3y"),
    "jwtExpiresIn": int(os.getenv("JWT_EXPIRES_IN", 60 * 60 * 24)),
    "corsOrigins": ["*"],
}
