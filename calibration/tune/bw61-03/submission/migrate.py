"""Poor man's `php artisan migrate`: creates the tables in the DATABASE_URL database.

Usage: pipenv run python migrate.py [--fresh]
"""

import sys

from app.db import Base, engine
from app import models  # noqa: F401


def main() -> None:
    if "--fresh" in sys.argv:
        Base.metadata.drop_all(bind=engine)
        print("Dropped all tables.")
    Base.metadata.create_all(bind=engine)
    print("Migrated.")


if __name__ == "__main__":
    main()
