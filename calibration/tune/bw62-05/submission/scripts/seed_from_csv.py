"""Load todos for one user from a CSV (columns: title, description, done).

    uv run python scripts/seed_from_csv.py alice data/sample_todos.csv
"""

import sys

import pandas as pd
from sqlmodel import Session, select

from todo_api.db import create_db_and_tables, engine
from todo_api.models import Todo, User


def main(username: str, path: str) -> None:
    create_db_and_tables()
    df = pd.read_csv(path).fillna({"description": ""})
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            sys.exit(f"user {username!r} not found, register first")
        for row in df.itertuples(index=False):
            session.add(
                Todo(
                    title=str(row.title),
                    description=row.description or None,
                    done=bool(row.done),
                    owner_id=user.id,
                )
            )
        session.commit()
    print(f"added {len(df)} todos for {username}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
