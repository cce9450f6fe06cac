"""Command-line entry point: ``todoserve`` or ``python -m todoserve``."""

import argparse
import sys

from todoserve import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="todoserve", description="Run the todo API server.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument("--reload", action="store_true", help="restart on code changes (dev only)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    import uvicorn

    uvicorn.run(
        "todoserve.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        reload=args.reload,
        workers=None if args.reload else args.workers,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
