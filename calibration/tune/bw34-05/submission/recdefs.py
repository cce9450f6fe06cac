# ****************************************************************
# * RECDEFS - RECORD DEFINITIONS ("COPYBOOK") FOR TODO API       *
# * ALL FIELD LENGTHS ARE DEFINED HERE AND ONLY HERE.            *
# ****************************************************************
from typing import Optional

from pydantic import BaseModel, Field

# ---- FIELD LENGTHS (PIC CLAUSES) --------------------------------
USERNAME_LEN = 20        # PIC X(20)
PASSWORD_MIN = 8
PASSWORD_LEN = 64        # PIC X(64)
TITLE_LEN = 80           # PIC X(80)
DESCR_LEN = 500          # PIC X(500)

# ---- PAGING ----------------------------------------------------
PAGE_LIMIT_DEFAULT = 20
PAGE_LIMIT_MAX = 100

# ---- SESSION ---------------------------------------------------
SESSION_HOURS = 8        # ONE SHIFT

# ---- FLAG VALUES (88-LEVELS) -----------------------------------
DONE_YES = "Y"
DONE_NO = "N"


# ---- INPUT RECORDS ----------------------------------------------
class SignupRecord(BaseModel):
    username: str = Field(min_length=1, max_length=USERNAME_LEN)
    password: str = Field(min_length=PASSWORD_MIN, max_length=PASSWORD_LEN)


class LoginRecord(BaseModel):
    username: str = Field(min_length=1, max_length=USERNAME_LEN)
    password: str = Field(min_length=1, max_length=PASSWORD_LEN)


class TodoInRecord(BaseModel):
    title: str = Field(min_length=1, max_length=TITLE_LEN)
    description: Optional[str] = Field(default=None, max_length=DESCR_LEN)
    done: bool = False


# ---- OUTPUT RECORDS ---------------------------------------------
class UserOutRecord(BaseModel):
    user_id: int
    username: str


class TokenOutRecord(BaseModel):
    access_token: str
    token_type: str
    expires_at: str


class TodoOutRecord(BaseModel):
    id: int
    title: str
    description: Optional[str]
    done: bool
    created_at: str
    updated_at: str


class TodoListRecord(BaseModel):
    count: int
    limit: int
    offset: int
    items: list[TodoOutRecord]
