"""Per-account permission bits, stored in users.perms as a plain INTEGER."""
from enum import IntFlag


class Perm(IntFlag):
    NONE = 0
    TODO_READ = 1 << 0
    TODO_WRITE = 1 << 1
    # bits 2..6 reserved
    DISABLED = 1 << 7


DEFAULT_USER_PERMS = Perm.TODO_READ | Perm.TODO_WRITE


def has(perms: int, needed: Perm) -> bool:
    """True if every bit of `needed` is set in `perms`."""
    mask = int(needed)
    return (perms & mask) == mask


def is_disabled(perms: int) -> bool:
    return (perms & int(Perm.DISABLED)) != 0
