from fastapi import Depends, HTTPException, Request
from jose import JWTError, jwt

from app.config import config
from app.db import getDb

# tokens killed by /auth/logout (lives in memory, cleared on restart)
revokedTokens = set()


async def revokeToken(jti: str):
    revokedTokens.add(jti)


async def isRevoked(jti: str):
    return jti in revokedTokens


async def authMiddleware(request: Request, db=Depends(getDb)):
    authHeader = request.headers.get("authorization")
    if not authHeader:
        raise HTTPException(status_code=401, detail="No token provided")

    token = authHeader.split(" ")[1]

    try:
        payload = jwt.decode(token, config["jwtSecret"], algorithms=["HS256"])
    except JWTError:
        raise HTTPException(status_code=401, detail="Invalid token")

    if await isRevoked(payload.get("jti")):
        raise HTTPException(status_code=401, detail="Token revoked")

    cursor = await db.execute("SELECT id, username FROM users WHERE id = ?", (payload["sub"],))
    user = await cursor.fetchone()
    if not user:
        raise HTTPException(status_code=401, detail="User not found")

    request.state.user = dict(user)
    request.state.tokenPayload = payload
    return dict(user)
