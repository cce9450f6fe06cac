import os

from dotenv import load_dotenv

load_dotenv()

PORT = int(os.getenv("PORT", 3000))
JWT_SECRET = os.getenv("JWT_SECRET", "shhhhh")
DB_FILE = os.getenv("DB_FILE", "db.json")
