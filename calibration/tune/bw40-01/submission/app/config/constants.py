"""Application-wide constants."""


class PaginationConstants:
    DEFAULT_PAGE_SIZE: int = 20
    MAX_PAGE_SIZE: int = 100
    DEFAULT_OFFSET: int = 0


class ApiConstants:
    API_V1_PREFIX: str = "/api/v1"
    AUTH_LOGIN_PATH: str = "/api/v1/auth/login"
