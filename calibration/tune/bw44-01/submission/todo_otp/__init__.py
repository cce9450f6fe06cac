"""todo_otp - a todo service built the way I would build it on the BEAM.

One process (task) owns the state, everybody else talks to it through a
mailbox. A supervisor restarts the owner if it dies. The tables live with the
supervisor so a worker crash does not lose data (think ETS heir).
"""
