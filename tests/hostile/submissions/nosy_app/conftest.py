"""A pytest conftest: any pytest run that collects this folder imports it, and writes the marker."""

import os

os.makedirs("/tmp/grader-hostile-markers", exist_ok=True)
with open("/tmp/grader-hostile-markers/nosy_app.conftest", "w") as fh:
    fh.write("conftest imported here\n")
