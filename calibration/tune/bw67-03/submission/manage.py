#!/usr/bin/env python
import sys

import uvicorn

from todoapp.db import Base, engine
from todoapp import models  # noqa


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "runserver"
    if command == "runserver":
        uvicorn.run("todoapp.main:app", host="127.0.0.1", port=8000, reload=True)
    elif command == "migrate":
        Base.metadata.create_all(bind=engine)
        print("Tables created.")
    elif command == "flush":
        Base.metadata.drop_all(bind=engine)
        Base.metadata.create_all(bind=engine)
        print("Database flushed.")
    else:
        print(f"Unknown command: {command}")
        sys.exit(1)


if __name__ == "__main__":
    main()
