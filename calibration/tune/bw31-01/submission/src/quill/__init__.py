"""quill: a strictly typed blog API."""

from typing import Final

__version__: Final[str] = "0.1.0"
