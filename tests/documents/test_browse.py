"""`prr browse` serves Datasette with our metadata; real headless Chromium searches it."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from prr.documents.browse import metadata
from prr.documents.documents import add_document, process_document

CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"prr browse exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {timeout} s")


def test_metadata_names_canned_queries():
    data = metadata("mydb")
    queries = data["databases"]["mydb"]["queries"]
    assert {"overdue_requests", "recent_page_changes", "documents_by_city", "incidents_by_type_and_month"} <= set(queries)
    assert data["databases"]["mydb"]["tables"]["document_pages"]["title"] == "Document pages"


@pytest.fixture
def served(prr_env, conn, made):
    doc_id = add_document(conn, made / "block_log.pdf", filename="seaside-activity-log.pdf", city_slug="oxnard")
    assert process_document(conn, doc_id)["status"] == "ok"
    port = _free_port()
    # Its own process group: whatever happens in the test, the finally kills the group,
    # so no Datasette outlives the test run.
    proc = subprocess.Popen([sys.executable, "-m", "prr", "browse", "--port", str(port)], env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait(f"http://127.0.0.1:{port}/-/versions.json", proc)
        yield {"base": f"http://127.0.0.1:{port}", "db": prr_env.db_path.stem, "doc": doc_id, "proc": proc,
               "port": port}
    finally:
        _kill_group(proc)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def test_sigterm_to_browse_leaves_no_datasette(served):
    """`prr browse` stopped by SIGTERM (a service manager, `kill PID`): nothing keeps serving."""
    proc, port = served["proc"], served["port"]
    proc.send_signal(signal.SIGTERM)       # to the prr process only, not its group
    proc.wait(timeout=15)
    deadline = time.time() + 10
    while _group_alive(proc.pid) and time.time() < deadline:
        time.sleep(0.1)
    assert not _group_alive(proc.pid), "a process of `prr browse` is still running after SIGTERM"
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)


def test_search_in_chromium_finds_known_document(served):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} missing: apt-get install -y chromium (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    base, db = served["base"], served["db"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--headless", "--disable-gpu",
                                          "--disable-background-networking", "--disable-component-update",
                                          "--disable-sync"])
        try:
            page = browser.new_page()
            page.goto(f"{base}/{db}/document_pages")
            assert "Document pages" in page.content()
            page.fill("input[name=_search]", "vandalism")
            page.press("input[name=_search]", "Enter")
            page.wait_for_load_state()
            assert "_search=vandalism" in page.url
            body = page.inner_text("body")
            assert "Vandalism" in body
            assert "seaside-activity-log.pdf" in page.inner_text("table.rows-and-columns")   # document label
            page.goto(f"{base}/{db}/incidents_by_type_and_month")
            table = page.inner_text("table.rows-and-columns")
            assert "Burglary" in table and "2024-04" in table
            page.goto(f"{base}/{db}/documents_by_city")
            assert "oxnard" in page.inner_text("table.rows-and-columns")
        finally:
            browser.close()
