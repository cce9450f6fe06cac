"""Poor man's bin/console.

    python bin/console.py doctrine:schema:create
    python bin/console.py doctrine:schema:drop --force
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import src.Entity  # noqa: E402,F401
from src.Database import Base, engine  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 1

    command = argv[1]
    if command == "doctrine:schema:create":
        Path("var").mkdir(exist_ok=True)
        Base.metadata.create_all(engine)
        print("[OK] Database schema created successfully!")
        return 0
    if command == "doctrine:schema:drop":
        if "--force" not in argv:
            print("[CAUTION] This operation should not be executed in a production environment. Use --force.")
            return 1
        Base.metadata.drop_all(engine)
        print("[OK] Database schema dropped successfully!")
        return 0

    print(f'Command "{command}" is not defined.')
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
