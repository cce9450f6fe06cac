import logging

import uvicorn

from todo.app import new_app
from todo.config import load_config


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = load_config()
    uvicorn.run(new_app(cfg), host=cfg.addr, port=cfg.port)


if __name__ == "__main__":
    main()
