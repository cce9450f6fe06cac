import sys

import uvicorn

from todo_node.api import TodoApiNode


def main() -> int:
    node: TodoApiNode = TodoApiNode()
    try:
        uvicorn.run(node.app, host="0.0.0.0", port=8000)
    finally:
        node.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
