import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

logger = logging.getLogger("todo.events")


@dataclass(frozen=True)
class Event:
    """Marker base class for domain events."""


Handler = Callable[[Event], Awaitable[None]]


class EventBus:
    """In-process pub/sub. Subscribers must not break publishers, so failures are logged."""

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Handler]] = defaultdict(list)

    def subscribe(self, event_type: type[Event], handler: Handler) -> None:
        self._handlers[event_type].append(handler)

    async def publish(self, event: Event) -> None:
        for handler in self._handlers[type(event)]:
            try:
                await handler(event)
            except Exception:
                logger.exception("event handler failed for %s", type(event).__name__)
