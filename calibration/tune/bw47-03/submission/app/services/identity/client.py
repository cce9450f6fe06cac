"""In-process adapter that fulfils the todos service's IdentityGateway port."""
from app.services.identity.service import IdentityService
from app.services.todos.ports import OwnerRef


class InProcessIdentityClient:
    def __init__(self, identity: IdentityService) -> None:
        self._identity = identity

    async def get_owner(self, user_id: int) -> OwnerRef | None:
        principal = await self._identity.profile(user_id)
        if principal is None:
            return None
        return OwnerRef(id=principal.user_id, username=principal.username)
