"""Todo service: build the ASGI app with `todo_service.app.create_app()`."""
