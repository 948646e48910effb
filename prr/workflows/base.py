"""What every workflow shares: the context it runs in, how it fans out, and its report.

A workflow is one function ``run(ctx, ...) -> Report``. The CLI calls it with an
in-process fan-out and prints ``report.table()``; the Prefect flow calls the same
function with a fan-out that maps items onto Prefect tasks and publishes
``report.markdown()`` as the run's one artifact. Everything else (what is fetched,
what is written, which alerts are sent) is decided inside the workflow, once.
"""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

ARTIFACT_ROWS = 50      # rows listed in a run's artifact; the rest are in the store


class FanOut(Protocol):
    """How a workflow runs independent items (batches of cities, sources, documents)."""

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], *, name: str) -> list[Any]:
        """``[fn(item) for item in items]``, possibly concurrently; results in item order."""


class InProcess:
    """Items on threads of this process (``workers=1``: one after another)."""

    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], *, name: str = "item") -> list[Any]:
        items = list(items)
        if self.workers == 1 or len(items) <= 1:
            return [fn(i) for i in items]
        with ThreadPoolExecutor(max_workers=min(self.workers, len(items)), thread_name_prefix=name) as pool:
            return list(pool.map(fn, items))


@dataclass
class Context:
    """What a workflow runs with. Built by the shell (CLI or flow), never from globals
    inside the workflow: ``settings`` is the one settings object of the run."""

    settings: Any
    fanout: FanOut = field(default_factory=InProcess)
    db_path: Path | None = None
    conn: sqlite3.Connection | None = None    # the caller's connection, for the calling thread
    _fetcher: Any = None
    _own_fetcher: bool = False
    _own_conn: bool = False

    @property
    def database(self) -> Path:
        return Path(self.db_path or self.settings.db_path)

    @property
    def fetcher(self):
        """One polite fetcher for the whole run, so per-host limits hold across items."""
        if self._fetcher is None:
            from prr.scrapers.fetch import PoliteFetcher

            self._fetcher = PoliteFetcher(self.settings)
            self._own_fetcher = True
        return self._fetcher

    @fetcher.setter
    def fetcher(self, value) -> None:
        self._fetcher, self._own_fetcher = value, False

    def main_connection(self) -> sqlite3.Connection:
        if self.conn is None:
            from prr.db import connect

            self.conn, self._own_conn = connect(self.database), True
        return self.conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own for one item (items may run on other threads)."""
        from prr.db import connect

        conn = connect(self.database, migrate=False)
        try:
            yield conn
        finally:
            conn.close()

    def close(self) -> None:
        if self._own_fetcher and self._fetcher is not None:
            self._fetcher.close()
        self._fetcher, self._own_fetcher = None, False
        if self._own_conn and self.conn is not None:
            self.conn.close()
            self.conn, self._own_conn = None, False

    def __enter__(self) -> Context:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def alert(ctx: Context, messages: list[tuple[str, str]]) -> dict:
    """Send (title, markdown) alerts through every configured alert sender (apprise to
    ``PRR_APPRISE_URLS`` built in): the one place every workflow sends from, whichever
    shell runs it."""
    from prr.core.alerts import send_alerts

    sent = send_alerts(messages, ctx.settings)
    if sent["failed"]:
        log.warning("%d of %d alert(s) could not be sent", sent["failed"], len(messages))
    return sent


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _md_cell(value: Any) -> str:
    return _cell(value).replace("|", "/").replace("\n", " ")[:200]


@dataclass
class Report:
    """What a workflow run did: a headline, the changes as rows, problems, and the JSON.

    ``rows`` are the run's changes (new replies, filed requests, changed pages ...);
    ``more`` says where the complete list lives in the store (a command), because the
    artifact lists at most ``ARTIFACT_ROWS`` of them.
    """

    workflow: str
    headline: str
    columns: tuple[str, ...] = ()
    rows: list[tuple] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    more: str = ""
    alerts: dict = field(default_factory=lambda: {"notified": 0, "failed": 0})
    data: dict = field(default_factory=dict)
    sections: list[tuple[str, tuple, list[tuple]]] = field(default_factory=list)   # (title, columns, rows)
    failed: bool = False          # the run as a whole failed (a source down, nothing read)

    def to_json(self) -> dict:
        return dict(self.data, alerts=self.alerts)

    def table(self, cap: int | None = None, clean: Callable[[Any], str] | None = None):
        """A rich table of the changes; ``clean`` makes outside text safe to print (default:
        Rich markup escaped; the CLI also strips terminal escapes)."""
        from rich import box
        from rich.markup import escape
        from rich.table import Table

        clean = clean or (lambda v: escape(_cell(v)))

        # Values (ids, emails, dates) are never cut; the last column (a URL, a reason) folds.
        table = Table(title=clean(self.headline), title_justify="left", box=box.SIMPLE_HEAD)
        for i, col in enumerate(self.columns):
            last = i == len(self.columns) - 1
            table.add_column(col, no_wrap=not last, overflow="fold" if last else "ellipsis")
        for row in self.rows[:cap] if cap else self.rows:
            table.add_row(*(clean(_cell(v)) for v in row))
        return table

    def markdown(self, cap: int = ARTIFACT_ROWS) -> str:
        lines = [f"# {self.workflow}", "", self.headline, ""]
        if self.rows:
            lines += _md_table(self.columns, self.rows, cap)
            if self.more:
                lines += ["", f"The full list is in the store: `{self.more}`."]
        for title, columns, rows in self.sections:
            if rows:
                lines += ["", f"## {title}", ""] + _md_table(columns, rows, cap)
        if self.problems:
            lines += ["", "## Problems", ""] + [f"- {_md_cell(p)}" for p in self.problems[:cap]]
            if len(self.problems) > cap:
                lines.append(f"- ... and {len(self.problems) - cap} more")
        if self.alerts.get("notified") or self.alerts.get("failed"):
            lines += ["", f"Alerts: {self.alerts.get('notified', 0)} sent, {self.alerts.get('failed', 0)} failed."]
        return "\n".join(lines)


def _md_table(columns: tuple, rows: list[tuple], cap: int) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows[:cap]]
    if len(rows) > cap:
        lines += ["", f"{cap} of {len(rows)} listed."]
    return lines


def batches(items: Sequence[Any], size: int | None) -> list[list[Any]]:
    """``items`` in lists of ``size`` (None or 0: one list)."""
    items = list(items)
    if not items:
        return []
    if not size:
        return [items]
    return [items[i:i + size] for i in range(0, len(items), size)]
