"""One HTTP server on 127.0.0.1 for every simulated website, routed by path.

``/<city-slug>/...`` serves a city's pages, ``/nextrequest/<city-slug>/...`` its portal,
``/robots.txt`` allows everything. The server runs in a daemon thread.
"""
from __future__ import annotations

import threading
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prr.demo.simulator.portal import Portal
from prr.demo.simulator.sites import PAGE_PATHS, SiteState, render_page
from prr.registry.registry import City

ROBOTS = "User-agent: *\nAllow: /\n"
CSS = "body{font-family:sans-serif}.alert-banner{background:#fc0}.cookie-consent{position:fixed;bottom:0}\n"


class CityWeb:
    """``CityWeb(cities, portals).start()``; ``.url(slug, kind)``; ``.set_version(slug, n)``."""

    def __init__(self, cities: dict[str, City], portals: dict[str, Portal], host: str = "127.0.0.1"):
        self.cities = cities
        self.portals = portals
        self.state = SiteState()
        self.log: list[tuple[str, str, int]] = []     # (method, path, status)
        web = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "CityCMS/8.2"
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):   # keep the demo's output clean
                pass

            def do_GET(self):
                self._answer("GET")

            def do_HEAD(self):
                self._answer("HEAD")

            def do_POST(self):
                self._answer("POST")

            def _answer(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                cookies = {k: m.value for k, m in SimpleCookie(self.headers.get("Cookie", "")).items()}
                status, headers, text, ctype = web.route(method, self.path, cookies, body)
                data = text.encode("utf-8")
                web.log.append((method, self.path, status))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if method != "HEAD":
                    self.wfile.write(data)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, slug: str, kind: str) -> str:
        return f"{self.base_url}/{slug}{PAGE_PATHS[slug][kind]}"

    def portal_url(self, slug: str) -> str:
        return f"{self.base_url}/nextrequest/{slug}/requests/new"

    def set_version(self, slug: str, version: int) -> None:
        self.state.version[slug] = version

    def route(self, method: str, raw_path: str, cookies: dict[str, str], body: bytes):
        path = raw_path.split("?", 1)[0]
        html_type = "text/html; charset=utf-8"
        if path == "/robots.txt":
            return 200, {}, ROBOTS, "text/plain; charset=utf-8"
        parts = path.split("/", 3)       # ['', first, second, rest]
        if len(parts) >= 3 and parts[1] == "nextrequest" and parts[2] in self.portals:
            prefix = f"/nextrequest/{parts[2]}"
            status, headers, text = self.portals[parts[2]].handle(
                method, path[len(prefix):], prefix, cookies, body)
            return status, headers, text, html_type
        slug = parts[1] if len(parts) > 1 else ""
        city = self.cities.get(slug)
        if city is None:
            return 404, {}, "<h1>Page not found</h1>", html_type
        rest = path[len(slug) + 1:] or "/"
        if rest.startswith("/assets/"):
            return 200, {"Cache-Control": "max-age=3600"}, CSS, "text/css"
        self.state.hits[path] = self.state.hits.get(path, 0) + 1
        for kind, page_path in PAGE_PATHS[slug].items():
            if rest == page_path or rest.rstrip("/") == page_path.rstrip("/"):
                portal = self.portal_url(slug) if slug in self.portals else None
                text = render_page(city, kind, prefix=f"/{slug}", version=self.state.version.get(slug, 1),
                                   portal_url=portal)
                return 200, {}, text, html_type
        return 404, {}, "<h1>Page not found</h1><p>The page you requested has moved or no longer exists.</p>", html_type

    def start(self) -> CityWeb:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="city-web", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
