from typing import Final


class Config:
    """Compile-time constants. Not meant to be instantiated."""

    kDatabasePath: Final[str] = "todo.db"

    kTokenSecret: Final[bytes] = b"9c1e5b2d4f6a8c0e2b4d6f8a1c3e7f3a"
    kTokenLifetimeSec: Final[int] = 3600

    kPbkdf2Iterations: Final[int] = 200_000
    kSaltBytes: Final[int] = 16

    kMaxUsernameLength: Final[int] = 32
    kMaxTitleLength: Final[int] = 256
    kMaxDescriptionLength: Final[int] = 4096

    kDefaultPageSize: Final[int] = 50
    kMaxPageSize: Final[int] = 500
    kMaxTodosPerUser: Final[int] = 1024

    def __init__(self) -> None:
        raise RuntimeError("Config is a static class")
