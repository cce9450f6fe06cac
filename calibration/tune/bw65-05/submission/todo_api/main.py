from todo_api.app import create_app

# `uvicorn todo_api.main:app`; settings (JWT_SECRET...) are read from the environment here
app = create_app()
