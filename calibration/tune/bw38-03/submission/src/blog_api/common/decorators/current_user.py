from typing import Annotated

from fastapi import Depends

from blog_api.common.guards.jwt_auth_guard import jwt_auth_guard
from blog_api.modules.users.user_entity import User

# Usage: `async def handler(user: CurrentUser)` -- the FastAPI version of @UseGuards + @CurrentUser()
CurrentUser = Annotated[User, Depends(jwt_auth_guard)]
