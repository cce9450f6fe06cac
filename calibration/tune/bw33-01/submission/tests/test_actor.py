import asyncio

import pytest

from todo_actors.actor import Actor, AskTimeout


class Echo(Actor):
    async def receive(self, message):
        if message == "boom":
            raise ValueError("boom")
        if message == "slow":
            await asyncio.sleep(1)
        return message


def test_ask_replies_and_survives_failures() -> None:
    async def scenario() -> None:
        echo = Echo("echo")
        echo.start()
        assert await echo.ask("hi") == "hi"
        with pytest.raises(ValueError):
            await echo.ask("boom")
        assert await echo.ask("still alive") == "still alive"
        with pytest.raises(AskTimeout):
            await echo.ask("slow", timeout=0.05)
        await echo.stop()

    asyncio.run(scenario())
