"""A TCP relay on 127.0.0.1 that misbehaves on purpose, then forwards faithfully: how tests
make a real server's connection drop without touching the server."""
from __future__ import annotations

import socket
import threading


class TcpRelay:
    """Relays to ``target_port``. The first ``hang_up`` connections are closed at once (a
    server dropping the connection); with ``cut_after``, the connection after them is cut,
    both ways, once the server has sent that many bytes on it (a connection lost in the
    middle of a reply). Later connections pass through untouched, as after the network recovers."""

    def __init__(self, target_port: int, *, hang_up: int = 0, cut_after: int | None = None):
        self.target_port = target_port
        self.hang_up = hang_up
        self.cut_after = cut_after
        self.connections = 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            if self.connections <= self.hang_up:
                client.close()
                continue
            limit = self.cut_after if self.connections == self.hang_up + 1 else None
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, limit), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                if limit is not None:
                    data = data[:limit - sent]
                    sent += len(data)
                dst.sendall(data)
                if limit is not None and sent >= limit:
                    break
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.listener.close()
