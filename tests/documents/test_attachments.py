"""Files attached to a PDF read as parts of the document (scrapers/pdf/attachments.py) and
each part's records read apart and merged (scrapers/incident_log/parts.py): real PDFs built
with reportlab and hand-written PDF syntax (tests/documents/attachkit.py)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attachkit as kit  # noqa: E402

from prr.scrapers.incident_log import parse_log, parse_parts  # noqa: E402
from prr.scrapers.pdf import extract_pdf  # noqa: E402
from prr.scrapers.pdf.attachments import text_pages  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="the log readers need pdftotext")


def _extract(tmp_path: Path, data: bytes, name: str = "container.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return extract_pdf(path, tables=False)


def _numbers(doc) -> list[str]:
    return [r["record_no"] for r in doc.records]


def test_a_portfolio_gives_the_records_of_its_attached_log(tmp_path):
    recs = kit.rows(101, 30)
    data = kit.container([["This PDF contains attached files"]], [("log-march.pdf", kit.log_pdf(recs))],
                         collection=True)
    doc = _extract(tmp_path, data)
    assert doc.status == "ok" and doc.records_status == "records"
    assert _numbers(doc) == [r["no"] for r in recs]
    assert [(p.number, p.part) for p in doc.pages] == [(1, None), (2, "log-march.pdf")]
    assert all(r["page"] == 2 for r in doc.records)            # the page in the whole document
    assert any("log-march.pdf (1 page)" in n for n in doc.notes)
    assert doc.to_json()["pages"][1]["part"] == "log-march.pdf"
    assert "log-march.pdf: 30 records" in doc.records_reason


def test_a_cover_letters_clips_give_every_weeks_log_in_order(tmp_path):
    weeks = [kit.rows(200, 12), kit.rows(300, 9), kit.rows(400, 14)]
    letter = ["Re: your public records request", "Dear requester,",
              "The incident logs for the three weeks you asked about are attached to this letter.",
              "Records Unit"]
    data = kit.container([letter], [], clips=[(f"week-{i + 1}.pdf", kit.log_pdf(w)) for i, w in enumerate(weeks)])
    doc = _extract(tmp_path, data)
    assert doc.records_status == "records"
    assert _numbers(doc) == [r["no"] for w in weeks for r in w]
    assert [p.part for p in doc.pages] == [None, "week-1.pdf", "week-2.pdf", "week-3.pdf"]
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]


def test_a_csv_export_behind_a_summary_page_is_read_as_printed(tmp_path):
    recs = kit.rows(600, 72)
    csv = kit.csv_text(recs)
    data = kit.container([["Records export summary", "Records exported: 72", "Format: CSV, attached"]],
                         [("export.csv", csv.encode())])
    doc = _extract(tmp_path, data)
    assert doc.records_status == "records"
    assert _numbers(doc) == [r["no"] for r in recs]
    csv_pages = [p for p in doc.pages if p.part == "export.csv"]
    assert len(csv_pages) >= 2 and all(len(p.text.splitlines()) <= 60 for p in csv_pages)
    # a quoted cell's line break stays with its row: no page starts inside a row
    assert all(p.text.splitlines()[0].startswith(("incident_no", "26-")) for p in csv_pages)
    assert "\n".join(p.text for p in csv_pages) == csv.rstrip("\n")


def test_text_pages_keep_lines_whole_and_rows_together():
    text = "a,b\n" + "".join(f'{i},"x\ny"\n' for i in range(50))
    pages = text_pages("t.csv", text, lines_per_page=7)
    assert all(len(p.splitlines()) <= 7 for p in pages)
    assert all(not p.startswith("y") for p in pages)
    assert "\n".join(pages) == text.rstrip("\n")
    assert text_pages("notes.txt", "one\ntwo\n", lines_per_page=1) == ["one", "two"]


def test_a_preview_gives_way_to_the_full_log(tmp_path):
    recs = kit.rows(700, 40)
    cover = kit.table_lines(recs[:5], "Preview: first 5 of 40 records (the full log is attached)")
    data = kit.container([cover], [("full-log.pdf", kit.log_pdf(recs))])
    doc = _extract(tmp_path, data)
    assert parse_log([doc.pages[0].text]).status == "records"        # the preview alone reads as a log
    assert _numbers(doc) == [r["no"] for r in recs]
    assert all(r["page"] >= 2 for r in doc.records)


def test_a_printed_log_and_its_attached_copy_give_one_record_each(tmp_path):
    recs = kit.rows(800, 20)
    data = kit.container([kit.table_lines(recs, "Incident log")], [("copy.pdf", kit.log_pdf(recs))])
    doc = _extract(tmp_path, data)
    assert sorted(_numbers(doc)) == sorted(r["no"] for r in recs)


def test_an_unreadable_attachment_is_a_note(tmp_path):
    recs = kit.rows(900, 10)
    garbage = bytes((i * 97 + 13) % 256 for i in range(5000))
    data = kit.container([["Attached: the log, and a damaged file"]],
                         [("log.pdf", kit.log_pdf(recs)), ("damaged.pdf", garbage),
                          ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")])
    doc = _extract(tmp_path, data)
    assert doc.status == "ok" and _numbers(doc) == [r["no"] for r in recs]
    assert any("damaged.pdf" in n and "was not read" in n for n in doc.notes)
    assert any("truncated.pdf (PDF) was not read" in n for n in doc.notes)


def test_a_spreadsheet_attachment_is_named_in_a_note(tmp_path):
    data = kit.container([["The log is attached as a spreadsheet."]],
                         [("log.xlsx", b"PK\x03\x04" + bytes(range(256)) * 8)])
    doc = _extract(tmp_path, data)
    assert doc.status == "ok" and [p.part for p in doc.pages] == [None]
    assert any("attached file log.xlsx (xlsx, zip archive) was not read" in n for n in doc.notes)


def test_the_same_file_attached_twice_is_read_once(tmp_path):
    log = kit.log_pdf(kit.rows(1000, 8))
    data = kit.container([["Two copies"]], [("a.pdf", log)], clips=[("b.pdf", log)])
    doc = _extract(tmp_path, data)
    assert [p.part for p in doc.pages] == [None, "a.pdf"]
    assert len(doc.records) == 8


def test_a_plain_log_is_one_part_and_reads_as_before(tmp_path):
    recs = kit.rows(1100, 50)
    path = tmp_path / "log.pdf"
    path.write_bytes(kit.log_pdf(recs))
    doc = extract_pdf(path, tables=False)
    assert all(p.part is None for p in doc.pages) and not any("attached" in n for n in doc.notes)
    assert doc.records == parse_log([p.text for p in doc.pages]).records


def test_one_part_is_exactly_parse_log():
    texts = [kit.table_text(kit.rows(1200, 12))]
    assert parse_parts([texts]) == parse_log(texts)


def test_parts_merge_by_number_with_pages_in_the_whole_document():
    full = kit.rows(1300, 10)
    preview = [kit.table_text(full[:3])]
    log = [kit.table_text(full[:6]), kit.table_text(full[6:])]
    got = parse_parts([["Cover letter: see attached."], preview, log], names=[None, "preview", "log.pdf"])
    assert [r["record_no"] for r in got.records] == [r["no"] for r in full]
    assert {r["page"] for r in got.records} == {3, 4}
    assert got.status == "records" and "log.pdf: 10 records" in got.reason


def test_nested_attachments_are_read_to_depth_two(tmp_path):
    inner = kit.container([["inner"]], [("log.pdf", kit.log_pdf(kit.rows(1400, 6)))])
    middle = kit.container([["middle"]], [("inner.pdf", inner)])
    data = kit.container([["outer"]], [("middle.pdf", middle)])
    doc = _extract(tmp_path, data)
    assert [p.part for p in doc.pages] == [None, "middle.pdf", "middle.pdf/inner.pdf"]
    assert any("nesting limit" in n for n in doc.notes)


def test_a_long_log_without_attached_files_gives_none(tmp_path):
    import pypdfium2 as pdfium

    from prr.scrapers.pdf.attachments import attached_files

    path = tmp_path / "long.pdf"
    path.write_bytes(kit.log_pdf(kit.rows(1, 3000), per_page=3))        # 1,000 pages
    pdf = pdfium.PdfDocument(str(path))
    try:
        notes: list[str] = []
        assert attached_files(pdf, path, notes) == []
        assert notes == []
    finally:
        pdf.close()


def test_a_clip_on_a_late_page_is_found(tmp_path):
    """Past the first pages, a page's clips are looked for where the file names a file
    attachment: a clip on page 40 of 40 is read."""
    week = kit.rows(500, 10)
    pages = [[f"Cover page {i + 1}"] for i in range(40)]
    doc = _extract(tmp_path, kit.container(pages, [], clips=[("late.pdf", kit.log_pdf(week))], clip_page=39))
    assert [p.part for p in doc.pages][-1] == "late.pdf"
    assert _numbers(doc) == [r["no"] for r in week]
