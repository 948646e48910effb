"""A real local web server whose pages tests can swap between versions."""
from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Route:
    status: int = 200
    body: bytes | str = b""
    headers: dict = field(default_factory=dict)
    etag: str | None = None            # answer 304 when If-None-Match matches
    stream_bytes: int = 0              # send this many bytes in chunks (no Content-Length)
    delay: float = 0.0


class Site:
    """Routes by path; ``hits`` records (path, headers, monotonic time) per request."""

    def __init__(self):
        self.routes: dict[str, Route | list[Route]] = {}
        self.hits: list[tuple[str, dict, float]] = []
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):
                with site.lock:
                    site.hits.append((self.path, dict(self.headers), time.monotonic()))
                    site.active += 1
                    site.max_active = max(site.max_active, site.active)
                    route = site.routes.get(self.path)
                    if isinstance(route, list):      # a sequence of answers, the last repeats
                        route = route.pop(0) if len(route) > 1 else route[0]
                try:
                    self._answer(route)
                finally:
                    with site.lock:
                        site.active -= 1

            def _answer(self, route):
                if route is None:
                    body = b"<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
                    self.send_response(404)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.stream_bytes:
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"x" * 65536
                    sent = 0
                    try:
                        while sent < route.stream_bytes:
                            self.wfile.write(chunk)
                            sent += len(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    self.close_connection = True
                    return
                body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
                if "Content-Type" not in route.headers:
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: str, **kw) -> str:
        self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def hits_for(self, path: str) -> list:
        return [h for h in self.hits if h[0] == path]
