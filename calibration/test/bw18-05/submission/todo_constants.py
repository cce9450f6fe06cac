# =====================================================================
# TODO_CONSTANTS.PY
#
# ALL FIXED VALUES OF THE PROGRAM ARE KEPT IN THIS ONE MEMBER SO THAT
# THEY CAN BE FOUND AND CHANGED IN ONE PLACE.
# =====================================================================
import os

# ---------------------------------------------------------------------
# DATA SET (DATABASE FILE). MAY BE OVERRIDDEN FROM THE ENVIRONMENT.
# ---------------------------------------------------------------------
DATABASE_FILE_NAME: str = os.environ.get("TODO_DATABASE_FILE", "todo_data.sqlite3")

# ---------------------------------------------------------------------
# FIELD LENGTHS. THE SAME LIMITS ARE ENFORCED IN THE REQUEST MODELS
# AND IN THE TABLE DEFINITIONS (CHECK CONSTRAINTS).
# ---------------------------------------------------------------------
USERNAME_MIN_LENGTH: int = 3
USERNAME_MAX_LENGTH: int = 30
PASSWORD_MIN_LENGTH: int = 8
PASSWORD_MAX_LENGTH: int = 100
TITLE_MIN_LENGTH: int = 1
TITLE_MAX_LENGTH: int = 200
DESCRIPTION_MAX_LENGTH: int = 2000

# ---------------------------------------------------------------------
# PAGING OF THE TODO LIST
# ---------------------------------------------------------------------
DEFAULT_PAGE_SIZE: int = 20
MAXIMUM_PAGE_SIZE: int = 50

# ---------------------------------------------------------------------
# SECURITY
# ---------------------------------------------------------------------
SALT_LENGTH_BYTES: int = 16
TOKEN_VALID_SECONDS: int = 8 * 60 * 60          # ONE WORKING SHIFT
TOKEN_SIGNING_KEY: str = "TODO-APP-SIGNING-KEY-1987-HW"
