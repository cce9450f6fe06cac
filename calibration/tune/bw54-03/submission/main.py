import hashlib
import hmac
import secrets
from itertools import count
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field
from sortedcontainers import SortedList

app = FastAPI()
oa = OAuth2PasswordBearer("token")

# state: every op below is O(1) or O(log n), listing is O(log n + limit)
U: dict[str, tuple[int, bytes, bytes]] = {}  # username -> (uid, salt, key)
TK: dict[str, int] = {}                      # token -> uid
T: dict[int, dict] = {}                      # tid -> todo
W: dict[int, int] = {}                       # tid -> owner uid
O: dict[int, SortedList] = {}                # uid -> tids (ids are monotonic => creation order)
nu, nt = count(1), count(1)
IT = 1 << 18


def kdf(pw: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, IT)


class Cred(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=8, max_length=256)


class User(BaseModel):
    id: int
    username: str


class Tok(BaseModel):
    access_token: str
    token_type: str = "bearer"


class In(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(None, max_length=2000)
    done: bool = False


class Patch(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=200)
    description: str | None = Field(None, max_length=2000)
    done: bool | None = None


class Out(In):
    id: int


class Page(BaseModel):
    items: list[Out]
    total: int
    limit: int
    offset: int


async def me(t: Annotated[str, Depends(oa)]) -> int:
    if (u := TK.get(t)) is None:
        raise HTTPException(401, "invalid token", {"WWW-Authenticate": "Bearer"})
    return u


Me = Annotated[int, Depends(me)]


def own(u: int, i: int) -> dict:
    if W.get(i) != u:
        raise HTTPException(404, "todo not found")
    return T[i]


@app.post("/users", status_code=201)
async def signup(c: Cred) -> User:
    if c.username in U:
        raise HTTPException(409, "username taken")
    s = secrets.token_bytes(16)
    U[c.username] = (u := next(nu), s, kdf(c.password, s))
    O[u] = SortedList()
    return User(id=u, username=c.username)


@app.post("/token")
async def token(f: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Tok:
    u, s, k = U.get(f.username, (0, b"\0" * 16, b""))
    ok = hmac.compare_digest(kdf(f.password, s), k)  # always hash: no user-enumeration timing
    if not (u and ok):
        raise HTTPException(401, "bad credentials", {"WWW-Authenticate": "Bearer"})
    TK[t := secrets.token_urlsafe(32)] = u
    return Tok(access_token=t)


@app.post("/todos", status_code=201)
async def create(b: In, u: Me) -> Out:
    i = next(nt)
    T[i], W[i] = {**b.model_dump(), "id": i}, u
    O[u].add(i)
    return Out(**T[i])


@app.get("/todos")
async def ls(
    u: Me,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page:
    o = O[u]
    return Page(items=[Out(**T[i]) for i in o.islice(offset, offset + limit)], total=len(o), limit=limit, offset=offset)


@app.get("/todos/{i}")
async def get(i: int, u: Me) -> Out:
    return Out(**own(u, i))


@app.patch("/todos/{i}")
async def upd(i: int, p: Patch, u: Me) -> Out:
    t = own(u, i)
    t |= {k: v for k, v in p.model_dump(exclude_unset=True).items() if v is not None or k == "description"}
    return Out(**t)


@app.delete("/todos/{i}", status_code=204)
async def rm(i: int, u: Me) -> None:
    own(u, i)
    del T[i], W[i]
    O[u].remove(i)
