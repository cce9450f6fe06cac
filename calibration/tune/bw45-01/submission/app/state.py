import asyncio
import itertools
import time
from dataclasses import dataclass, field


@dataclass
class Player:
    username: str
    password_hash: str
    joined_at: float = field(default_factory=time.time)


@dataclass
class Todo:
    id: int
    owner: str
    title: str
    description: str | None = None
    done: bool = False
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)


class World:
    """All server state lives here. One process = one world, same as a game shard."""

    def __init__(self) -> None:
        self.players: dict[str, Player] = {}
        self.sessions: dict[str, str] = {}  # token -> username
        self.todos: dict[int, Todo] = {}
        self.lock = asyncio.Lock()
        self.tick = 0
        self._ids = itertools.count(1)

    def next_id(self) -> int:
        return next(self._ids)

    def reset(self) -> None:
        self.players.clear()
        self.sessions.clear()
        self.todos.clear()
        self.tick = 0
        self._ids = itertools.count(1)


world = World()
