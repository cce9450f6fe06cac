"""Account capability bits, stored in users.perms."""
from enum import IntFlag


class Perm(IntFlag):
    NONE = 0
    POST = 1 << 0       # may publish posts
    COMMENT = 1 << 1    # may comment
    SUSPENDED = 1 << 15  # overrides everything above: read-only account


DEFAULT_PERMS = Perm.POST | Perm.COMMENT


def allows(perms: int, needed: Perm) -> bool:
    if perms & Perm.SUSPENDED:
        return False
    return (perms & needed) == needed
