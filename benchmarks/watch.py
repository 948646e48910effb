"""Benchmark: watching 1,000 city pages on 20 hosts, prr versus urlwatch, same run.

Twenty local HTTP servers (a separate process, so they do not share our GIL) each
add 50 ms of latency to every answer and support ETag / If-None-Match. Both
tools watch the same 1,000 URLs:

- first pass: wall time of ``prr.watch.watch`` (fetch, normalise, extract contacts,
  store snapshots; per-host limit 2, no interval) versus ``urlwatch`` (its own
  defaults; fresh cache) on the same URL list;
- second pass over the unchanged pages: share of pages answered 304 or skipped by
  hash, and bytes sent by the servers versus the first pass.

The politeness floor is pages / (hosts x per-host limit) x latency. Goals: first
pass <= 0.3x urlwatch's wall time and <= 1.5x the floor; second pass >= 95% 304
or skipped and <= 10% of the first pass's bytes. Last line: one JSON object.

For scale, the same run also times a plain concurrent fetch (requests, the same
per-host limit and global limit, no robots.txt, no parsing, no database) of the
same URLs, and the CPU time the servers used in each pass, to show whether the
servers (Python, on the same machine) are a bottleneck.

    .venv/bin/python benchmarks/watch.py [--pages 1000] [--hosts 20] [--latency 0.05]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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

def serve(hosts: int, pages: int, latency: float) -> None:
    import hashlib
    import http.server
    import threading

    per_host = pages // hosts
    stats = {"requests": 0, "bytes": 0, "not_modified": 0}
    lock = threading.Lock()
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
                if self.path == "/__stats":
                    data = json.dumps(stats).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                if self.path == "/__reset":
                    with lock:
                        stats.update(requests=0, bytes=0, not_modified=0)
                    self.send_response(204)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                time.sleep(latency)
                with lock:
                    stats["requests"] += 1
                if self.path == "/robots.txt":
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", [("Content-Type", "text/plain")])
                    return
                page = bodies.get((h, self.path))
                if page is None:
                    self._send(404, b"not found")
                    return
                body, etag = page
                if self.headers.get("If-None-Match") == etag:
                    with lock:
                        stats["not_modified"] += 1
                    self._send(304, b"", [("ETag", etag)])
                    return
                self._send(200, body, [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag)])
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


def plain_fetch(urls: list[str], per_host: int, global_limit: int) -> float:
    """Wall time of fetching every URL with requests, per-host and global limits only."""
    import threading
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import urlsplit

    import requests

    session = requests.Session()
    session.trust_env = False
    adapter = requests.adapters.HTTPAdapter(pool_connections=global_limit, pool_maxsize=global_limit)
    session.mount("http://", adapter)
    by_host: dict[str, deque] = {}
    for u in urls:
        by_host.setdefault(urlsplit(u).netloc, deque()).append(u)
    gates = {h: threading.BoundedSemaphore(per_host) for h in by_host}
    ordered, queues = [], list(by_host.values())
    while queues:                       # interleaved across hosts, as prr does
        for q in list(queues):
            ordered.append(q.popleft())
            if not q:
                queues.remove(q)

    def one(u):
        with gates[urlsplit(u).netloc]:
            return len(session.get(u, timeout=30).content)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=global_limit) as pool:
        total = sum(pool.map(one, ordered))
    elapsed = time.perf_counter() - started
    assert total > 0
    return elapsed


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds used so far by a process (Linux /proc; None elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def server_stats(port: int, reset: bool = False) -> dict | None:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{'__reset' if reset else '__stats'}") as r:
        return None if reset else json.loads(r.read())


def total_stats(ports, reset=False):
    """The counters are shared by all servers of the child process: ask one."""
    return server_stats(ports[0], reset) or {}


# --- prr ---------------------------------------------------------------------------------

def prr_pass(db_path: Path, per_host: int, hosts: int, parallel_from: int = 50):
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.scrapers.fetch import PoliteFetcher
    from prr.watch.watch import WatchOptions, watch

    conn = connect(db_path)
    settings = get_settings()
    fetcher = PoliteFetcher(settings, allow_private=["127.0.0.0/8"], per_host=per_host, interval=0.0,
                            global_limit=hosts * per_host)
    cpu0 = _cpu()
    started = time.perf_counter()
    summary = watch(conn, None, fetcher=fetcher, options=WatchOptions(confirm="recheck", parallel_from=parallel_from))
    elapsed = time.perf_counter() - started
    summary.cpu_s = _cpu() - cpu0
    fetcher.close()
    conn.close()
    return elapsed, summary


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes when
    they were forked; under the forkserver they are not counted)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def setup_prr(db_path: Path, ports: list[int], per_host_pages: int) -> None:
    from prr.db import connect
    from prr.db.cities import sync_cities
    from prr.db.pages import add_page
    from prr.registry.registry import City

    conn = connect(db_path)
    cities = [City(slug=f"bench-{i}", name=f"Bench {i}", website=f"http://127.0.0.1:{p}/")
              for i, p in enumerate(ports)]
    sync_cities(conn, cities)
    for i, p in enumerate(ports):
        for n in range(per_host_pages):
            add_page(conn, f"bench-{i}", f"http://127.0.0.1:{p}/page/{n}", "records")
    conn.close()


# --- urlwatch ----------------------------------------------------------------------------

def urlwatch_pass(workdir: Path, urls: list[str]) -> float:
    urls_file = workdir / "urls.yaml"
    if not urls_file.exists():
        urls_file.write_text("\n---\n".join(f"url: {u}" for u in urls) + "\n")
    exe = Path(sys.executable).parent / "urlwatch"
    cmd = [str(exe), "--urls", str(urls_file), "--config", str(workdir / "urlwatch.yaml"),
           "--hooks", str(workdir / "hooks.py"), "--cache", str(workdir / "cache.db")]
    env = dict(os.environ, HOME=str(workdir))
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"urlwatch failed ({proc.returncode}): {proc.stderr[-500:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3, help="first passes per tool (median reported)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--plain-fetch", help=argparse.SUPPRESS)     # JSON list of URLs: time them, print
    args = ap.parse_args()
    if args.serve:
        serve(args.hosts, args.pages, args.latency)
        return
    if args.plain_fetch:
        urls = json.loads(Path(args.plain_fetch).read_text())
        print(json.dumps(plain_fetch(urls, args.per_host, args.hosts * args.per_host)))
        return

    per_host_pages = args.pages // args.hosts
    pages = per_host_pages * args.hosts
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--pages", str(pages), "--hosts",
                               str(args.hosts), "--latency", str(args.latency)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        ports = json.loads(server.stdout.readline())
        urls = [f"http://127.0.0.1:{p}/page/{n}" for p in ports for n in range(per_host_pages)]
        floor = pages / (args.hosts * args.per_host) * args.latency
        with tempfile.TemporaryDirectory(prefix="prr-bench-watch-") as tmp:
            tmp = Path(tmp)
            os.environ["PRR_HOME"] = str(tmp / "home")
            os.environ["PRR_REGISTRY"] = str(tmp / "registry")
            # First passes alternate between the tools, each from a fresh state, and the
            # median counts: the machine's load changes during a run.
            uw_times, prr_times, plain_times = [], [], []
            server_cpu = {"urlwatch": [], "prr": [], "plain": []}
            urls_file = tmp / "urls.json"
            urls_file.write_text(json.dumps(urls))

            def server_cpu_during(tool, fn):
                before = process_cpu_s(server.pid)
                out = fn()
                after = process_cpu_s(server.pid)
                if before is not None and after is not None:
                    server_cpu[tool].append(after - before)
                return out

            for rep in range(args.reps):
                uw_dir = tmp / f"urlwatch-{rep}"
                uw_dir.mkdir()
                total_stats(ports, reset=True)
                uw_times.append(server_cpu_during("urlwatch", lambda d=uw_dir: urlwatch_pass(d, urls)))
                db_path = tmp / f"prr-{rep}.db"
                setup_prr(db_path, ports, per_host_pages)
                total_stats(ports, reset=True)
                elapsed, s1 = server_cpu_during("prr", lambda d=db_path: prr_pass(d, args.per_host, args.hosts))
                prr_times.append(elapsed)
                first = total_stats(ports)
                # A separate process, so its threads do not touch ours.
                plain = server_cpu_during("plain", lambda: json.loads(subprocess.run(
                    [sys.executable, __file__, "--plain-fetch", str(urls_file), "--per-host", str(args.per_host),
                     "--hosts", str(args.hosts)], capture_output=True, text=True, check=True).stdout))
                plain_times.append(plain)
                print(f"first pass {rep + 1}: urlwatch {uw_times[-1]:.2f} s, prr {elapsed:.2f} s "
                      f"{s1.counts()}, {first['requests']} requests, {first['bytes']} bytes; "
                      f"plain fetch {plain:.2f} s", file=sys.stderr)
            uw_first, prr_first = statistics.median(uw_times), statistics.median(prr_times)
            plain_first = statistics.median(plain_times)

            total_stats(ports, reset=True)
            prr_second, s2 = prr_pass(db_path, args.per_host, args.hosts)
            second = total_stats(ports)
            counts = s2.counts()
            skipped = counts.get("not_modified", 0) + counts.get("same_hash", 0)
            print(f"prr second pass: {prr_second:.2f} s, {counts}, {second['bytes']} bytes", file=sys.stderr)

            total_stats(ports, reset=True)
            uw_second = urlwatch_pass(uw_dir, urls)
            uw2 = total_stats(ports)
    finally:
        server.stdin.close()
        server.wait(timeout=10)

    vs_urlwatch = prr_first / uw_first
    vs_floor = prr_first / floor
    share_skipped = skipped / pages
    share_304 = counts.get("not_modified", 0) / pages
    bytes_ratio = second["bytes"] / first["bytes"] if first["bytes"] else 1.0
    goals = {"first_pass_vs_urlwatch_max": 0.3, "first_pass_vs_floor_max": 1.5,
             "second_pass_304_or_skipped_min": 0.95, "second_pass_bytes_ratio_max": 0.10}
    met = (vs_urlwatch <= 0.3 and vs_floor <= 1.5 and share_skipped >= 0.95 and bytes_ratio <= 0.10)
    errors = [r.error for r in s1.results if r.error][:3]
    vs_plain = prr_first / plain_first
    server_cpu_med = {k: round(statistics.median(v), 3) for k, v in server_cpu.items() if v}
    print(f"first pass: prr {prr_first:.2f} s vs urlwatch {uw_first:.2f} s ({vs_urlwatch:.2f}x); "
          f"floor {floor:.2f} s ({vs_floor:.2f}x); plain concurrent fetch {plain_first:.2f} s "
          f"({plain_first / floor:.2f}x floor; prr {vs_plain:.2f}x it); servers' CPU per pass {server_cpu_med}")
    print(f"second pass: {share_skipped:.1%} 304 or skipped ({share_304:.1%} 304), "
          f"bytes {second['bytes']} vs {first['bytes']} ({bytes_ratio:.1%}); prr {prr_second:.2f} s, "
          f"urlwatch {uw_second:.2f} s ({uw2['not_modified']} of its {uw2['requests']} requests were 304)")
    print(json.dumps({
        "benchmark": "watch", "load_average_1m": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "prr_first_cpu_s": round(s1.cpu_s, 3), "prr_second_cpu_s": round(s2.cpu_s, 3),
        "pages": pages, "hosts": args.hosts, "latency_s": args.latency,
        "per_host_limit": args.per_host, "floor_s": round(floor, 3),
        "prr_first_s": round(prr_first, 3), "urlwatch_first_s": round(uw_first, 3),
        "prr_first_runs_s": [round(t, 3) for t in prr_times], "urlwatch_first_runs_s": [round(t, 3) for t in uw_times],
        "prr_second_s": round(prr_second, 3), "urlwatch_second_s": round(uw_second, 3),
        "ratio_vs_urlwatch": round(vs_urlwatch, 3), "ratio_vs_floor": round(vs_floor, 3),
        "plain_fetch_first_s": round(plain_first, 3), "plain_fetch_runs_s": [round(t, 3) for t in plain_times],
        "plain_fetch_vs_floor": round(plain_first / floor, 3), "prr_vs_plain_fetch": round(vs_plain, 3),
        "server_cpu_s_per_pass": server_cpu_med,
        "second_pass_share_304_or_skipped": round(share_skipped, 4), "second_pass_share_304": round(share_304, 4),
        "first_pass_bytes": first["bytes"], "second_pass_bytes": second["bytes"],
        "second_pass_bytes_ratio": round(bytes_ratio, 4), "first_pass_outcomes": s1.counts(),
        "first_pass_errors": errors, "goals": goals, "goals_met": met,
    }))


if __name__ == "__main__":
    main()
