"""Two gradings in one process parse code at once: no parse may fail for the other's sake.

CPython 3.11 shares the AST constructor's recursion depth between threads, so a thread switch in
the middle of building a tree (a garbage collection that runs Python code is enough) fails
another thread's parse with a SystemError. CI lost a whole start phase to it
("discovery failed: SystemError: AST constructor recursion depth mismatch").
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import grader

# Makes the race frequent: a collection every 50 allocations, each yielding the GIL; threads at
# different stack depths so that a reset depth shows as a mismatch.
_RACE = """
import ast, gc, sys, threading, time
from grader.discovery.tolerant_parse import parse_python

source = "\\n".join(f"def f{i}(a):\\n    return [x for x in (a, {{'k': (1, [2])}})]\\n" for i in range(100))

def deep(n, parse):
    return parse(source) if n == 0 else deep(n - 1, parse)

def race(parse, rounds):
    errors = []
    def work(depth):
        for _ in range(rounds):
            try:
                deep(depth, parse)
            except SystemError as exc:
                errors.append(exc)
    threads = [threading.Thread(target=work, args=(d,)) for d in (0, 7, 19)]
    for t in threads: t.start()
    for t in threads: t.join()
    return len(errors)

gc.set_threshold(50)
gc.callbacks.append(lambda phase, info: time.sleep(0))
rounds = 0
while rounds < 2000:
    rounds += 100
    if race(ast.parse, 100):
        break
print(rounds, race(parse_python, rounds))
"""


def test_the_race_that_breaks_bare_ast_parse_does_not_break_the_graders_parse() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RACE], capture_output=True, text=True, timeout=120, check=True
    )
    rounds, failures = (int(x) for x in done.stdout.split())
    assert rounds < 2000, "bare ast.parse never failed: the race was not reproduced"
    assert failures == 0


def test_every_parse_of_the_grader_goes_through_the_serialised_one() -> None:
    package = Path(grader.__file__).parent
    direct = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "tolerant_parse.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bast\.parse\(", line)
    ]
    assert direct == []
