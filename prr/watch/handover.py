"""The channel a watch's worker processes send finished pages to the writing process on.

A ``multiprocessing.Queue`` pickled each message on a feeder thread in the worker (a thread
switch and the GIL taken from the parsing thread for every message) and its ``get`` with a
timeout was polled every 20 ms by the writing process, each time an exception and a look at
the jobs. Here a worker pickles and writes its message itself, under a lock shared by the
workers (whole messages, never interleaved), into a pipe made large enough (1 MiB where the
system allows) that a message of pages does not wait for the reader; the writing process
waits on the pipe itself.
"""
from __future__ import annotations

import pickle

PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = 1031            # Linux's fcntl command (named in fcntl from Python 3.10, not everywhere)


class ResultChannel:
    """Many writers (the worker processes), one reader (the writing process)."""

    def __init__(self, ctx):
        self._reader, self._writer = ctx.Pipe(duplex=False)
        self._lock = ctx.Lock()
        try:
            import fcntl

            fcntl.fcntl(self._writer.fileno(), getattr(fcntl, "F_SETPIPE_SZ", _F_SETPIPE_SZ), PIPE_BYTES)
        except (ImportError, OSError):      # the system's default size: a large message waits for the reader
            pass

    def put(self, obj) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._writer.send_bytes(data)

    def get(self, timeout: float):
        """The next message, or None when none came within ``timeout`` s."""
        if not self._reader.poll(timeout):
            return None
        return pickle.loads(self._reader.recv_bytes())

    def close(self) -> None:
        self._reader.close()
        self._writer.close()
