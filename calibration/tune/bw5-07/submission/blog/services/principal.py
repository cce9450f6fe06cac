from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller, with what it owns, for authorization decisions."""

    user_id: int
    username: str
    owned_post_ids: frozenset[int]

    def owns_post(self, post_id: int) -> bool:
        return post_id in self.owned_post_ids
