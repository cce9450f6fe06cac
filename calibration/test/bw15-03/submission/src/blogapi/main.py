"""Module-level application object, configured from the environment."""

from .application import create_app

app = create_app()
