"""HTTP routers. Each module exposes a ``router`` included by ``main``."""
