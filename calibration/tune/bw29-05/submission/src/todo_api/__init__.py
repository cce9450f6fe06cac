"""todo_api -- a small, multi-user Todo API.

The package is split by *responsibility*, which is a good habit even for a
small project, because each module can be read (and tested) on its own:

    config.py        -> settings read from the environment
    database.py      -> the async SQLAlchemy engine and session factory
    models.py        -> how data is stored (ORM tables)
    schemas.py       -> how data travels over HTTP (pydantic models)
    security.py      -> password hashing and JSON Web Tokens
    dependencies.py  -> reusable FastAPI dependencies (session, current user)
    routers/         -> the HTTP endpoints, one module per resource
    main.py          -> the application factory that wires it all together
"""
