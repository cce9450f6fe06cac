import os

# Like Laravel's config/app.php + config/database.php, values come from the env
APP_NAME = os.getenv("APP_NAME", "Blog")
APP_ENV = os.getenv("APP_ENV", "local")
APP_DEBUG = os.getenv("APP_DEBUG", "true").lower() == "true"

DB_DATABASE = os.getenv("DB_DATABASE", "database.sqlite")

PER_PAGE = 15
