"""Bit layout of todo.flags (SMALLINT)."""

TODO_DONE = 0x0001
TODO_PINNED = 0x0002
TODO_FLAGS_MASK = TODO_DONE | TODO_PINNED


def set_bit(flags: int, bit: int, on: bool) -> int:
    if on:
        return (flags | bit) & TODO_FLAGS_MASK
    return (flags & ~bit) & TODO_FLAGS_MASK


def test_bit(flags: int, bit: int) -> bool:
    return (flags & bit) != 0
