"""Todo Service.

A small multi-tenant Todo API built with FastAPI. See ``README.md`` for the
architecture overview and ``docs/DECISIONS.md`` for the design decisions.
"""

__version__ = "1.0.0"
