#!/usr/bin/env python
"""Project management commands: ``migrate`` and ``runserver``."""
import argparse
import sys


def migrate() -> None:
    import blog.models  # noqa: F401  register every model on the metadata
    from core.db import Base, engine

    Base.metadata.create_all(bind=engine)
    print(f"Applied schema to {engine.url.render_as_string(hide_password=True)}")


def runserver(addrport: str, reload: bool) -> None:
    import uvicorn

    host, _, port = addrport.rpartition(":")
    uvicorn.run("config.asgi:application", host=host or "127.0.0.1", port=int(port), reload=reload)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="manage.py")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="Create missing database tables.")
    rs = sub.add_parser("runserver", help="Start the development server.")
    rs.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
    rs.add_argument("--noreload", action="store_true")
    args = parser.parse_args(argv)

    if args.command == "migrate":
        migrate()
    elif args.command == "runserver":
        runserver(args.addrport, reload=not args.noreload)


if __name__ == "__main__":
    main(sys.argv[1:])
