import os
from dotenv import load_dotenv

load_dotenv()

config = {
    "name": os.getenv("APP_NAME", "Todo API"),
    "env": os.getenv("APP_ENV", "production"),
    "key": os.getenv("APP_KEY"),
    "debug": os.getenv("APP_DEBUG", "false") == "true",
    "database": os.getenv("DB_DATABASE", "database.sqlite"),
    "per_page": 15,
}
