"""The benchmark's watched site: twenty local city-clerk-like hosts in one child process.

`serve` answers every page after ``latency`` seconds, with or without ETag/Last-Modified,
and counts requests, bytes, 304s and the most requests in flight (read with
`server_stats`). benchmarks/watch.py and benchmarks/prefect_overhead.py start it as
``watch.py --serve validators|none``.
"""
from __future__ import annotations

import json
import sys
import time
import urllib.request

PAGE = """<!DOCTYPE html><html lang="en"><head><title>City Clerk {n} | City of Bench {h}</title>
<link rel="stylesheet" href="/css/site.css?v=20261101"><script src="/js/app.js?v=3"></script></head>
<body><div id="cookie-consent">This website uses cookies. <button>Accept</button></div>
<header class="site-header"><nav><ul>{nav}</ul></nav></header>
<main id="content"><h1>City Clerk - Department {n}</h1>
<p>The City Clerk's Office maintains the official records of the City and responds to requests made under
the California Public Records Act. Most requests are answered within ten days.</p>
<p>Submit a request through the <a href="https://bench{h}.nextrequest.com/requests/new">Public Records Portal</a>
or email <a href="mailto:clerk{n}@bench{h}.gov">clerk{n}@bench{h}.gov</a>.</p>
<p>Phone: (805) 555-{phone:04d}<br>Fax: (805) 555-{fax:04d}</p>
<p>300 West Third Street, Fourth Floor<br>Oxnard, CA 93030</p>
{filler}
<h2>City Council</h2><p>Councilmember Pat Doe: pdoe@bench{h}.gov</p>
<p>Last updated: November {day}, 2026 10:42 AM</p></main>
<footer class="site-footer"><p>City Hall, 300 West Third Street | (805) 555-0000</p><p>&copy; 2026</p></footer>
</body></html>"""
FILLER = ("<p>Records are made available for inspection during office hours. Copies cost ten cents a page; "
          "electronic records are provided in the format in which they are held where possible. Section {i} of "
          "the records retention schedule applies to documents of this kind.</p>")


def render(h: int, n: int) -> bytes:
    nav = "".join(f'<li><a href="/dept/{k}">Department {k}</a></li>' for k in range(25))
    filler = "\n".join(FILLER.format(i=i) for i in range(12))
    return PAGE.format(h=h, n=n, nav=nav, filler=filler, phone=n % 10000, fax=(n + 5000) % 10000,
                       day=1 + n % 28).encode()


# --- servers (child process) -------------------------------------------------------------

def serve(hosts: int, pages: int, latency: float, validators: bool) -> None:
    import hashlib
    import http.server
    import threading
    from email.utils import formatdate

    per_host = pages // hosts
    stats = {"requests": 0, "bytes": 0, "not_modified": 0, "in_flight": 0, "max_in_flight": 0}
    lock = threading.Lock()
    modified = formatdate(time.time() - 86400, usegmt=True)
    bodies = {}
    for h in range(hosts):
        for n in range(per_host):
            body = render(h, n)
            bodies[(h, f"/page/{n}")] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')

    def make_handler(h):
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _send(self, status, body=b"", headers=()):
                head = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers] + \
                       [f"Content-Length: {len(body)}", "", ""]
                data = "\r\n".join(head).encode() + body
                self.wfile.write(data)
                with lock:
                    stats["bytes"] += len(data)

            def do_GET(self):
                if self.path in ("/__stats", "/__reset"):
                    with lock:
                        if self.path == "/__reset":
                            stats.update(requests=0, bytes=0, not_modified=0, max_in_flight=0)
                        data = json.dumps(stats).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                with lock:
                    stats["requests"] += 1
                    stats["in_flight"] += 1
                    stats["max_in_flight"] = max(stats["max_in_flight"], stats["in_flight"])
                try:
                    time.sleep(latency)
                    self._answer()
                finally:
                    with lock:
                        stats["in_flight"] -= 1

            def _answer(self):
                if self.path == "/robots.txt":
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", [("Content-Type", "text/plain")])
                    return
                page = bodies.get((h, self.path))
                if page is None:
                    self._send(404, b"not found")
                    return
                body, etag = page
                if validators and (self.headers.get("If-None-Match") == etag
                                   or self.headers.get("If-Modified-Since") == modified):
                    with lock:
                        stats["not_modified"] += 1
                    self._send(304, b"", [("ETag", etag)])
                    return
                headers = [("Content-Type", "text/html; charset=utf-8")]
                if validators:
                    headers += [("ETag", etag), ("Last-Modified", modified)]
                self._send(200, body, headers)
        return Handler

    servers = []
    for h in range(hosts):
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(h))
        srv.daemon_threads = True
        srv.request_queue_size = 128
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
    print(json.dumps([s.server_port for s in servers]), flush=True)
    sys.stdin.read()          # until the parent closes our stdin


def server_stats(port: int, reset: bool = False) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{'__reset' if reset else '__stats'}") as r:
        return json.loads(r.read())
