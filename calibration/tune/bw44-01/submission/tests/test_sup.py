"""The worker must come back after a crash without losing the table."""
import asyncio

from todo_otp import todo_srv
from todo_otp.gen_server import GenServer
from todo_otp.sup import ChildSpec, Supervisor
from todo_otp.tab import Tab


def test_restart_keeps_state() -> None:
    async def scenario() -> None:
        tab = Tab()
        srv = GenServer("todo_srv", todo_srv.Mod(), init_state=lambda: tab)
        sup = Supervisor([ChildSpec(id="todo_srv", start=srv.loop)])
        sup.start_link()
        await asyncio.sleep(0)
        assert await srv.call(("signup", "alice", "x")) == ("ok", "alice")
        try:
            await srv.call(("no_such_message",))
        except ValueError:
            pass
        await asyncio.sleep(0.01)  # let the supervisor restart the child
        assert sup.which_children() == {"todo_srv": "running"}
        assert await srv.call(("signup", "alice", "x")) == ("error", "already_exists")
        await sup.stop()

    asyncio.run(scenario())


def test_gives_up_after_intensity() -> None:
    async def scenario() -> None:
        srv = GenServer("todo_srv", todo_srv.Mod(), init_state=Tab)
        sup = Supervisor([ChildSpec(id="todo_srv", start=srv.loop)], intensity=2, period=10)
        sup.start_link()
        await asyncio.sleep(0)
        for _ in range(3):
            try:
                await srv.call(("boom",), timeout=0.5)
            except ValueError:
                pass
            await asyncio.sleep(0.01)
        assert sup.failed is True
        await sup.stop()

    asyncio.run(scenario())
