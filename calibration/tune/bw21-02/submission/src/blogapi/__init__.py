"""blogapi: a small multi-author blog HTTP API.

The package is organised as follows:

``blogapi.app``
    The FastAPI application and its route handlers.
``blogapi.db``
    Schema and query helpers on top of the standard-library :mod:`sqlite3`.
``blogapi.models``
    Pydantic models for request and response bodies.
``blogapi.security``
    Password hashing and access-token helpers.
"""

__version__ = "0.1.0"
