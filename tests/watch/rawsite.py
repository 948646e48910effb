"""A real HTTP/1.1 server on 127.0.0.1 that answers each path with a script of raw steps,
so that tests can make it misbehave in exact ways: a bad status line, a reset or a close in
the middle of a body, a slow answer, a chunked or gzip body, a keep-alive connection.

A script is a list of steps: ``{send: "text"}`` (``{len}`` in it is replaced by the byte
length of the ``body`` step's text, ``\\n`` in YAML strings are sent as they are), ``{body:
"text"}`` (sent as is, counted by ``{len}``), ``{gzip: "text"}`` (the text gzip-compressed;
``{len}`` counts the compressed bytes), ``{sleep: s}``, ``{reset: true}`` (closed with an
RST), ``{close: true}``. After its script the connection stays open for the next request
(keep-alive) unless the script closed it. ``requests`` records each request's head as
received, in order."""
from __future__ import annotations

import gzip
import socket
import struct
import threading
import time

NOT_FOUND = [{"send": "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nContent-Type: text/plain\r\n\r\n"},
             {"body": "not found"}]


class RawSite:
    def __init__(self, scripts: dict[str, list[dict]] | None = None):
        self.scripts = dict(scripts or {})
        self.requests: list[bytes] = []
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.listener.close()
        for c in self._conns:
            try:
                c.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        try:
            while True:
                while b"\r\n\r\n" not in buf:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buf += data
                head, buf = buf.split(b"\r\n\r\n", 1)
                with self.lock:
                    self.requests.append(head)
                path = head.split(b" ", 2)[1].decode()
                script = self.scripts.get(path, NOT_FOUND)
                if script and isinstance(script[0], list):     # a sequence of answers, the last repeats
                    script = script.pop(0) if len(script) > 1 else script[0]
                if not self._play(conn, script):
                    return
        except OSError:
            return

    def _play(self, conn: socket.socket, script: list[dict]) -> bool:
        body = b""
        for step in script:
            if "body" in step:
                body = step["body"].encode("latin-1")
            elif "gzip" in step:
                body = gzip.compress(step["gzip"].encode("latin-1"), mtime=0)
        for step in script:
            if "send" in step:
                conn.sendall(step["send"].replace("{len}", str(len(body))).encode("latin-1"))
            elif "body" in step or "gzip" in step:
                conn.sendall(body)
            elif "repeat" in step:           # {repeat: "x", times: n}: a large body without holding it
                chunk = step["repeat"].encode("latin-1") * 65536
                for _ in range(step["times"]):
                    conn.sendall(chunk)
            elif "sleep" in step:
                time.sleep(step["sleep"])
            elif step.get("reset"):
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
                return False
            elif step.get("close"):
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
                return False
        return True
