"""blogapi -- a small multi-author blog service.

The package is organised as follows:

``application``
    Construction of the FastAPI application (:func:`create_app`).
``persistence``
    The relational model (SQLAlchemy 2.0 declarative mapping) and the
    session factory.
``schemas``
    Pydantic models describing the wire format.
``security``
    Password hashing and the signed bearer tokens.
``routes``
    The HTTP endpoints, grouped by resource.
"""

__version__ = "0.1.0"
