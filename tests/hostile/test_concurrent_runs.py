"""Two `--all` runs at once: each request is filed once, and neither run reports the
other's work as a failure."""
from __future__ import annotations

import os
import socket

from typer.testing import CliRunner

from prr.cli import app

PARAMS = {"incident": "the ransomware attack", "start": "2026-01-01", "end": "2026-01-31"}


def _drafts(conn, n):
    from prr.requests.filing import draft_request

    slugs = ["oxnard", "mission-viejo"]
    return [draft_request(conn, slugs[i % 2], "incident-logs", dict(PARAMS, start=f"2026-0{1 + i // 2}-01",
                                                                      end=f"2026-0{1 + i // 2}-28"),
                          confirm_similar=True) for i in range(n)]


def test_two_all_runs_at_once_file_each_request_once(conn, prr_env):
    import json
    import subprocess
    import sys

    from prr.db.requests import get_request

    ids = _drafts(conn, 10)
    env = dict(os.environ)
    procs = [subprocess.Popen([sys.executable, "-m", "prr", "request", "file", "--all", "--json"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    # A run that started after the other had filed everything finds nothing to file.
    assert all(p.returncode == 0 for p in procs), outputs
    runs = [json.loads(out) for out, _ in outputs if out.lstrip().startswith("[")]
    assert runs and all(out.lstrip().startswith("[") or "Nothing to file" in out for out, _ in outputs)
    for rid in ids:
        mine = [o for run in runs for o in run if o["request_id"] == rid]
        assert sum(o["ok"] for o in mine) == 1, mine
        assert all(o["other_run"] and "another run" in o["error"] for o in mine if not o["ok"]), mine
        assert get_request(conn, rid)["status"] == "ready_to_send"      # the outbox: written, not sent
    assert len(list(prr_env.outbox_dir.glob("*.eml"))) == len(ids)


def test_all_reports_a_request_another_run_is_filing(conn, prr_env):
    from prr.db import requests as store
    from prr.db.events import add_event

    a, b = _drafts(conn, 2)
    store.set_status(conn, a, "filing", expect=("draft",), reason="filing via outbox", channel="outbox")
    add_event(conn, "filing_started", request_id=a, city_slug="oxnard", channel="outbox",
              pid=os.getppid(), host=socket.gethostname())        # a live process that is not this one
    out = CliRunner().invoke(app, ["request", "file", "--all"])
    assert out.exit_code == 0, out.output
    assert f"being filed by another run: request {a}" in out.output
    assert "not filed" not in out.output and "1 taken by another run." in out.output


def test_all_reports_a_filing_settled_between_its_reads_as_another_runs(conn, prr_env, monkeypatch):
    """Listed while another run had it in `filing`, settled by that run before this one
    reconciled it: reported as the other run's work, not as a failure (exit 0)."""
    from prr.db import requests as store
    from prr.db.events import add_event
    from prr.requests import filing_state
    from prr.requests.filing import file_batch

    (rid,) = _drafts(conn, 1)
    store.set_status(conn, rid, "filing", expect=("draft",), reason="filing via outbox", channel="outbox")
    add_event(conn, "filing_started", request_id=rid, city_slug="oxnard", channel="outbox",
              pid=os.getppid(), host=socket.gethostname())
    reads = []
    real_get = filing_state.store.get_request

    def get_then_settle(c, request_id):
        row = real_get(c, request_id)
        reads.append(row["status"])
        if len(reads) == 1:      # the other run writes its letter right after this run's first look
            store.set_status(c, request_id, "ready_to_send", expect=("filing",), reason="written to the outbox")
        return row

    monkeypatch.setattr(filing_state.store, "get_request", get_then_settle)
    (outcome,) = file_batch(conn, [rid], listed=True)
    assert reads[:2] == ["filing", "ready_to_send"]
    assert not outcome.ok and outcome.other_run and outcome.error == "ready to send by another run", outcome
    monkeypatch.undo()
    assert store.get_request(conn, rid)["status"] == "ready_to_send"
    # Asked for by id (not listed by --all), the same race is still reported as what it is.
    store.set_status(conn, rid, "filing", expect=("ready_to_send",), reason="again")
    reads.clear()
    monkeypatch.setattr(filing_state.store, "get_request", get_then_settle)
    (outcome,) = file_batch(conn, [rid])
    assert not outcome.ok and not outcome.other_run and "not in the filing state" in outcome.error
