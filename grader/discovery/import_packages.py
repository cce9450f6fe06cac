"""Which PyPI distribution provides an imported module, where the names differ.

A module the code imports but no declared dependency provides is installed by the build (the
candidate's packaging slip, like an undeclared uvicorn). Most distributions are named as their
module (`toml`, `httpx`; the index folds `_`, `-` and case); this reviewed table covers the
common ones that are not. A module listed in NEVER_ADDED is one a package of that name would not
provide, or only by a guess: nothing is installed for it.
"""

from __future__ import annotations

MODULE_PACKAGES: dict[str, str] = {
    "yaml": "PyYAML",
    "jose": "python-jose",
    "jwt": "PyJWT",
    "dotenv": "python-dotenv",
    "multipart": "python-multipart",
    "email_validator": "email-validator",
    "dateutil": "python-dateutil",
    "PIL": "Pillow",
    "bs4": "beautifulsoup4",
    "sklearn": "scikit-learn",
    "decouple": "python-decouple",
    "slugify": "python-slugify",
    "magic": "python-magic",
    "cv2": "opencv-python-headless",
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "Crypto": "pycryptodome",
    "Cryptodome": "pycryptodomex",
    "OpenSSL": "pyOpenSSL",
    "dns": "dnspython",
    "attr": "attrs",
    "git": "GitPython",
    "github": "PyGithub",
    "socketio": "python-socketio",
    "engineio": "python-engineio",
    "telegram": "python-telegram-bot",
    "docx": "python-docx",
    "pptx": "python-pptx",
    "serial": "pyserial",
    "zmq": "pyzmq",
    "grpc": "grpcio",
    "kafka": "kafka-python",
    "websocket": "websocket-client",
    "memcache": "python-memcached",
    "ldap": "python-ldap",
    "fitz": "PyMuPDF",
    "factory": "factory-boy",
    "mysql": "mysql-connector-python",
    "humps": "pyhumps",
    "bson": "pymongo",  # the `bson` distribution is another, incompatible module
    "gridfs": "pymongo",
    "nacl": "PyNaCl",
    "argon2": "argon2-cffi",
    "pytest_lazyfixture": "pytest-lazy-fixture",
    "googleapiclient": "google-api-python-client",
    "telebot": "pyTelegramBotAPI",
    "google": "",  # a namespace shared by many distributions: which one is a guess
    "azure": "",
}

# Provided by the interpreter's tooling or by another mechanism of the build (setuptools for
# pkg_resources and distutils, see legacy_imports), or never a distribution's top level.
NEVER_ADDED = frozenset(
    {
        "pkg_resources",
        "setuptools",
        "distutils",
        "_distutils_hack",
        "pip",
        "wheel",
        "__main__",
        "__future__",
        "__init__",
    }
)


# Below this length a module name is more often an alias or a slip (`import sa` meant
# `import sqlalchemy as sa`) than a distribution: PyPI's `sa` is an unrelated statistics package.
MIN_GUESSED_NAME = 4


def package_for(module: str) -> str | None:
    """The distribution to install for a top-level module; None when none should be. A name
    the table does not list is guessed as its own distribution only when it is long enough to
    be one on purpose."""
    if module in NEVER_ADDED or not module.isidentifier():
        return None
    if module in MODULE_PACKAGES:
        return MODULE_PACKAGES[module] or None
    return module if len(module) >= MIN_GUESSED_NAME else None
