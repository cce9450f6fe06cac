"""Keep pytest out of the hostile submissions: their conftest.py files are attacks.

Collecting them would import a stranger's code on the host, which is exactly what the docker
tier proves the grader never does. Only the grader reads these folders, as data.
"""

from __future__ import annotations

collect_ignore_glob = ["submissions/*"]
