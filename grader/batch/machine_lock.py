"""The machine-wide lock lives with the sandbox (the pipeline takes it); re-exported for batch."""

from grader.sandbox.machine_lock import lock_folder, lock_path, machine_lock

__all__ = ["lock_folder", "lock_path", "machine_lock"]
