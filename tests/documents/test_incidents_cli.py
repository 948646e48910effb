"""prr incidents: rows stored from imported logs, filtered and exported; statuses stored."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from prr.db.documents import find_incidents, get_document
from prr.db.requests import insert_request
from prr.documents.documents import import_paths


def _import(conn, made, tmp_path):
    rid = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={"n": 1}, dedupe_key="oxnard-1",
                         token="PRR-TEST0001", subject="Records request", body="Please send the logs.",
                         channel="outbox", recipient="clerk@example.gov")
    import_paths(conn, [made / "table_log.pdf"], request_id=rid)
    import log_layouts
    empty = log_layouts.empty_log(tmp_path / "empty.pdf")
    letter = tmp_path / "letter.pdf"
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(letter))
    for i, line in enumerate(["Dear Requester,", "The city has no records responsive to your request.",
                              "Sincerely,", "City Clerk"] * 6):
        c.drawString(60, 760 - 14 * i, line)
    c.save()
    results = import_paths(conn, [empty, letter])
    return rid, results


def test_statuses_and_rows_are_stored(conn, prr_env, made, tmp_path):
    rid, (empty, letter) = _import(conn, made, tmp_path)
    assert get_document(conn, empty["document_id"])["records_status"] == "empty_log"
    row = get_document(conn, letter["document_id"])
    assert row["records_status"] == "no_records_recognised" and row["records_reason"]
    rows = find_incidents(conn, request_id=rid)
    assert len(rows) == 40 and all(r["city_slug"] == "oxnard" for r in rows)
    assert rows[0]["reported_at"] >= rows[-1]["reported_at"]          # newest first
    burglaries = find_incidents(conn, type_="burglary")
    assert burglaries and all("Burglary" in r["type"] for r in burglaries)
    april_2 = find_incidents(conn, since="2024-04-02", until="2024-04-02")
    assert april_2 and all(r["reported_at"].startswith("2024-04-02") for r in april_2)
    assert {r["location"] for r in find_incidents(conn, text="Ocean Ave")} <= {
        r["location"] for r in rows if "Ocean Ave" in r["location"]}
    assert find_incidents(conn, city="ventura") == []


def _prr(*args):
    return subprocess.run([sys.executable, "-m", "prr", *args], capture_output=True, text=True)


def test_cli_lists_and_exports(conn, prr_env, made, tmp_path):
    rid, _ = _import(conn, made, tmp_path)
    out = _prr("incidents", "--type", "Burglary", "--city", "oxnard")
    assert out.returncode == 0, out.stderr
    assert "Burglary" in out.stdout and "incidents" in out.stdout
    out = _prr("incidents", "--request", str(rid), "--export", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 40 and rows[0]["city_slug"] == "oxnard"
    target = tmp_path / "rows.json"
    out = _prr("incidents", "--since", "2024-04-03", "--export", "json", "--out", str(target))
    data = json.loads(target.read_text())
    assert data and all(r["reported_at"] >= "2024-04-03" for r in data) and "fields" in data[0]
    bad = _prr("incidents", "--since", "April")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr
