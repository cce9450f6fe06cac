"""Reads everything it can and writes where it should not; exits 3 if it finds a way out.

At import: writes the host marker (a side effect of merely importing the module), prints its
whole environment, then looks for escape routes (the engine's socket, root, capabilities,
privilege escalation, a network interface besides loopback, a writable root filesystem, the
grader's own environment) and exits with code 3 naming each one it finds.
Its endpoints hand the environment back, in a reply and in an exception message.
Bounded: reads only; one marker file; its only connection attempts go to 127.0.0.1.
"""

import json
import os
import socket
import sys

from fastapi import FastAPI

MARKER_DIR = "/tmp/grader-hostile-markers"


def _mark(name):
    os.makedirs(MARKER_DIR, exist_ok=True)
    with open(os.path.join(MARKER_DIR, name), "w") as fh:
        fh.write("imported here\n")


def _status_field(name):
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(name + ":"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def _loopback_port_open(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def escape_routes():
    routes = []
    for sock in ("/var/run/docker.sock", "/run/docker.sock"):
        if os.path.exists(sock):
            routes.append(f"{sock} exists")
    if os.getuid() == 0 or os.geteuid() == 0:
        routes.append("running as root")
    cap_eff = _status_field("CapEff")
    if cap_eff and int(cap_eff, 16) != 0:
        routes.append(f"effective capabilities {cap_eff}")
    if _status_field("NoNewPrivs") != "1":
        routes.append("setuid binaries could raise privileges (NoNewPrivs is not 1)")
    try:
        interfaces = sorted(set(os.listdir("/sys/class/net")) - {"lo"})
    except OSError:
        interfaces = []
    if interfaces:
        routes.append(f"network interfaces besides lo: {interfaces}")
    if not os.statvfs("/").f_flag & os.ST_RDONLY:
        routes.append("the root filesystem is writable")
    for port in (2375, 2376):
        if _loopback_port_open(port):
            routes.append(f"a Docker API answers on 127.0.0.1:{port}")
    if "GRADER_CANARY" in os.environ:
        routes.append("the grader's own environment reached the app")
    return routes


_mark("nosy_app.import")
print("ENVIRONMENT " + json.dumps(dict(os.environ), sort_keys=True), flush=True)
ROUTES = escape_routes()
if ROUTES:
    for route in ROUTES:
        print(f"ESCAPE ROUTE: {route}", flush=True)
    sys.exit(3)

app = FastAPI(title="Nosy app")


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "contained"}


@app.get("/env")
async def environment() -> dict[str, str]:
    return dict(os.environ)


@app.get("/env/crash")
async def environment_in_a_traceback() -> dict[str, str]:
    raise RuntimeError("ENVIRONMENT " + json.dumps(dict(os.environ), sort_keys=True))
