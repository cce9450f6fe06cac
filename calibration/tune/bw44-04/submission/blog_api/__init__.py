"""
blog_api
========

A small multi-author blog service implemented with FastAPI.

The package is organised in layers, from the bottom up:

``config``
    Reads run-time parameters from environment variables.
``database``
    Owns the SQLite schema and hands out connections.
``security``
    Password hashing (scrypt) and token issuance (JWT, HS256).
``schemas``
    Pydantic models that define the wire format of every request and response.
``repository``
    Pure data-access functions; every SQL statement of the project lives here.
``main``
    The HTTP layer: routes, dependencies and the application object.
"""

__version__ = "0.1.0"
