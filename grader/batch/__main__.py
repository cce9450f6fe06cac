"""`python -m grader.batch batch|worker`: the same commands as `grade batch` / `grade worker`,
used to start local workers with the running interpreter."""

from __future__ import annotations

import click

from grader.batch.commands import batch, worker


@click.group()
def main() -> None:
    """Batch grading: `batch` collects, `worker` grades."""


main.add_command(batch)
main.add_command(worker)

if __name__ == "__main__":
    main()
