"""A real local web server (pytest-httpserver, threaded) whose pages tests can swap
between versions: per-path routes answering with a status, headers, an ETag (304 on
If-None-Match), a delay, or a long body streamed without Content-Length."""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

NOT_FOUND = b"<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"


@dataclass
class Route:
    status: int = 200
    body: bytes | str = b""
    headers: dict = field(default_factory=dict)
    etag: str | None = None            # answer 304 when If-None-Match matches
    stream_bytes: int = 0              # send this many bytes in chunks (no Content-Length)
    delay: float = 0.0


def _stream(total: int):
    chunk = b"x" * 65536
    sent = 0
    while sent < total:
        yield chunk
        sent += len(chunk)


def answer(route: Route | None, request: Request) -> Response:
    """The response a route gives to this request."""
    if route is None:
        return Response(NOT_FOUND, status=404, content_type="text/html; charset=utf-8")
    if route.delay:
        time.sleep(route.delay)
    if route.etag and request.headers.get("If-None-Match") == route.etag:
        return Response(b"", status=304, headers={"ETag": route.etag})
    headers = dict(route.headers)
    if route.etag:
        headers["ETag"] = route.etag
    if route.stream_bytes:
        return Response(_stream(route.stream_bytes), status=route.status, headers=headers,
                        content_type="text/html", direct_passthrough=True)
    body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
    if "Content-Type" not in route.headers:
        headers["Content-Type"] = "text/html; charset=utf-8"
    return Response(body, status=route.status, headers=headers)


class Site:
    """Routes by path (with its query string); ``hits`` records (path, headers, monotonic
    time) per request; ``max_active`` the most requests served at once."""

    def __init__(self):
        self.routes: dict[str, Route | list[Route]] = {}
        self.hits: list[tuple[str, dict, float]] = []
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def _handle(self, request: Request) -> Response:
        path = request.path + (f"?{request.query_string.decode()}" if request.query_string else "")
        with self.lock:
            self.hits.append((path, dict(request.headers), time.monotonic()))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            route = self.routes.get(path)
            if isinstance(route, list):      # a sequence of answers, the last repeats
                route = route.pop(0) if len(route) > 1 else route[0]
        try:
            return answer(route, request)
        finally:
            with self.lock:
                self.active -= 1

    def start(self) -> Site:
        self.server.start()
        self.base = self.server.url_for("").rstrip("/")
        return self

    def stop(self) -> None:
        self.server.clear()
        if self.server.is_running():
            self.server.stop()

    def __enter__(self) -> Site:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: str, **kw) -> str:
        self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def hits_for(self, path: str) -> list:
        return [h for h in self.hits if h[0] == path]
