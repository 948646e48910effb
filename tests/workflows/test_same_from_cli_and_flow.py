"""A workflow run from the CLI and from its Prefect flow makes the same store changes and
sends the same alerts (apprise to a local json:// endpoint)."""
from __future__ import annotations

import difflib
import json
import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from prr.cli import app

SKIP_COLUMNS = ("id", "check_id", "snapshot_id", "communication_id", "document_id", "request_id", "page_id",
                "change_id", "entry_id", "last_check_id", "duration_ms", "elapsed_ms")
CLOCK = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")

TOKEN = re.compile(r"PRR-[0-9A-Z]{8}")   # each request's random reply token


def store_state(db_path: Path, home: Path) -> dict[str, list[str]]:
    """Every row of every table, without ids and clock times, as sorted JSON lines."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                         "'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '_migrations%'")]
    state = {}
    for t in tables:
        rows = []
        for r in conn.execute(f"SELECT * FROM {t}"):  # noqa: S608 (table names from sqlite_master)
            # Ids are given in the order items finish, which concurrency may change.
            row = {k: r[k] for k in r.keys()
                   if k not in SKIP_COLUMNS and not k.endswith(("_at", "_on_utc", "_id"))}
            line = json.dumps(row, sort_keys=True, default=str).replace(str(home), "HOME")
            rows.append(TOKEN.sub("PRR-TOKEN", CLOCK.sub("TIME", line)))
        state[t] = sorted(rows)
    conn.close()
    return state


def assert_same(a: dict, b: dict) -> None:
    for table in sorted(set(a) | set(b)):
        assert a.get(table) == b.get(table), "\n".join(difflib.unified_diff(
            a.get(table, []), b.get(table, []), "cli", "flow", lineterm="", n=0))


def fresh_home(tmp_path: Path, name: str, registry_dir: Path, monkeypatch) -> Path:
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.registry.registry import sync_registry

    home = tmp_path / name
    monkeypatch.setenv("PRR_HOME", str(home))
    conn = connect(get_settings().db_path)
    sync_registry(conn, registry_dir)
    conn.close()
    return home


def alerts_to(httpserver, path: str, monkeypatch) -> None:
    httpserver.expect_request(path, method="POST").respond_with_data("ok")
    monkeypatch.setenv("PRR_APPRISE_URLS", "json://" + httpserver.url_for(path).split("://", 1)[1])


def posted(httpserver, path: str) -> list[tuple[str, str]]:
    """The alerts sent, with ids numbered in run order (items run concurrently may take
    their ids in another order)."""
    return sorted((d["title"], CLOCK.sub("TIME", re.sub(r"(#|accept |reject )\d+", r"\1N", d["message"]))) for d in
                  (json.loads(req.get_data()) for req, _ in httpserver.log if req.path == path))


def test_breach_list_same_from_cli_and_flow(breach_site, prefect_server, registry_dir, tmp_path, monkeypatch):
    httpserver = breach_site.server
    from prr.flows.watch_breach_list import watch_breach_list

    cli_home = fresh_home(tmp_path, "cli", registry_dir, monkeypatch)
    alerts_to(httpserver, "/alerts-cli", monkeypatch)
    out = CliRunner().invoke(app, ["breaches", "check", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["alerts"] == {"notified": 2, "failed": 0}

    flow_home = fresh_home(tmp_path, "flow", registry_dir, monkeypatch)
    alerts_to(httpserver, "/alerts-flow", monkeypatch)
    result = watch_breach_list()
    assert result["alerts"] == {"notified": 2, "failed": 0}

    assert posted(httpserver, "/alerts-cli") == posted(httpserver, "/alerts-flow")
    assert len(posted(httpserver, "/alerts-cli")) == 2
    cli_state = store_state(cli_home / "prr.db", cli_home)
    flow_state = store_state(flow_home / "prr.db", flow_home)
    assert cli_state["requests"] and cli_state["breach_entries"]
    assert_same(cli_state, flow_state)


def test_watch_pages_same_from_cli_and_flow(site, prefect_server, registry_dir, tmp_path, monkeypatch, httpserver):
    from watchpages import clerk

    from prr.db import connect
    from prr.db import pages as store
    from prr.flows.watch_pages import watch_pages

    monkeypatch.setenv("PRR_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")
    url = site.page("/clerk", clerk())
    homes = {}
    for shell in ("cli", "flow"):
        homes[shell] = fresh_home(tmp_path, shell, registry_dir, monkeypatch)
        conn = connect(homes[shell] / "prr.db")
        conn.execute("DELETE FROM pages")       # the seed registry's real pages: no network in tests
        store.add_page(conn, "oxnard", url, "records")
        conn.close()

    def run(shell: str):
        monkeypatch.setenv("PRR_HOME", str(homes[shell]))
        alerts_to(httpserver, f"/alerts-{shell}", monkeypatch)
        if shell == "flow":
            return watch_pages(city_slugs=["oxnard"])
        out = CliRunner().invoke(app, ["watch", "oxnard", "--json"])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)

    for shell in ("cli", "flow"):
        assert run(shell)["outcomes"] == {"baseline": 1}
    site.page("/clerk", clerk(email="records@oxnard.org"))
    for shell in ("cli", "flow"):
        assert run(shell)["outcomes"] == {"changed": 1}
    assert posted(httpserver, "/alerts-cli") == posted(httpserver, "/alerts-flow")
    assert any("records@oxnard.org" in body for _, body in posted(httpserver, "/alerts-cli"))
    assert_same(store_state(homes["cli"] / "prr.db", homes["cli"]),
                store_state(homes["flow"] / "prr.db", homes["flow"]))
