# App-wide constants (like a Constants.swift file)


class Constants:
    APP_NAME = "TodoApp Backend"
    API_VERSION = "1.0.0"

    # JWT
    JWT_SECRET = "todoapp-ios-backend-secret-key-2024"
    JWT_ALGORITHM = "HS256"
    TOKEN_EXPIRY_DAYS = 30

    # Pagination
    DEFAULT_PAGE_SIZE = 50
