"""Text, tables and OCR from real and generated PDFs; every kind of bad file gets a status."""
from __future__ import annotations

import json
import subprocess
import sys

import docs_pdfs
import pytest

from prr.scrapers.pdf import Extractor, clean_cell, extract_pdf
from prr.scrapers.pdf.plainchars import plain_text


@pytest.mark.corpus
def test_lbpd_text_layer_per_page(lbpd):
    doc = extract_pdf(lbpd / "laguna-beach-pd-2019_3_1.pdf")
    assert doc.status == "ok" and doc.error is None
    assert len(doc.pages) == 34
    assert [p.number for p in doc.pages] == list(range(1, 35))
    assert all(p.method == "text" for p in doc.pages)
    assert "Event # E19009653" in doc.pages[0].text
    assert "E19009852" in doc.pages[33].text and "E19009852" not in doc.pages[0].text
    assert all(p.tables == [] for p in doc.pages)     # no ruling lines: pdfplumber never ran


@pytest.mark.corpus
def test_warn_report_table(corpus):
    """The CA WARN report: pdfplumber's spaced digits are cleaned ("0 3 / 2 5 / 2 0 16")."""
    doc = extract_pdf(corpus / "pdfs" / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf")
    assert len(doc.pages) == 16
    first = doc.pages[0].tables[0]
    assert first[0] == ["Notice Date", "Effective", "Received", "Company", "City", "No. Of", "Layoff/Closure"]
    assert first[1] == ["06/22/2015", "03/25/2016", "07/01/2015", "Maxim Integrated Product", "San Jose", "150",
                        "Closure Permanent"]
    assert first[2][3] == "McGraw-Hill Education" and first[2][5] == "137"
    cells = [c for p in doc.pages for t in p.tables for row in t for c in row if c]
    assert not any(" / " in c and c.replace(" ", "").replace("/", "").isdigit() for c in cells)


@pytest.mark.corpus
def test_nics_table(corpus):
    doc = extract_pdf(corpus / "pdfs" / "nics-background-checks-2015-11.pdf")
    table = doc.pages[0].tables[0]
    states = [r for r in table if r[0] and r[0].startswith("Alabama")][0]
    assert states[0].split("\n")[:2] == ["Alabama", "Alaska"]
    assert states[1].split("\n")[0] == "18,870"          # Alabama permit checks
    assert states[-1].split("\n")[0] == "71,137"         # Alabama total
    totals = [r for r in table if r[0] == "Totals"][0]
    assert totals[1] == "804,006" and totals[-1] == "2,236,457"
    assert "Alabama" in doc.pages[0].text and doc.pages[0].method == "text"


@pytest.mark.parametrize("cell,clean", [("0 3 / 2 5 / 2 0 16", "03/25/2016"), ("1 2 3", "123"),
                                        ("12 345", "12 345"), ("San Jose", "San Jose"), (None, None)])
def test_clean_cell(cell, clean):
    assert clean_cell(cell) == clean


@pytest.mark.parametrize("raw, plain", [
    ("QB\uff12\uff15-\uff10\uff10\uff14   next", "QB25-004   next"),              # full-width digits
    ("LC\u200b-25\u200b-0389   Reported", "LC-25-0389     Reported"),    # zero-width: columns kept
    ("A\u201025\u201101\u2012x\u2212y", "A-25-01-x-y"),                          # hyphens and minus
    ("HT\u201325\u201304 1\u201315, a \u2013 b", "HT-25-04 1-15, a \u2013 b"),    # en dash inside words only
    ("25-00648\u00b9, 08/02", "25-00648 \u00b9, 08/02"),            # a note mark is not a digit
    ("\u00b9 Receipt 24-1", "\u00b9 Receipt 24-1"), ("m\u00b2", "m\u00b2"),     # marks elsewhere stay
    ("Tra\ufb03c    12 Elm", "Traffic  12 Elm"),                   # ligature: columns kept
    ("dis\u00ad\nturb\u00adance", "dis-\nturbance"), ("a\u00a0b", "a b"), ("plain", "plain"),
])
def test_text_layer_characters_read_as_the_page_shows_them(raw, plain):
    assert plain_text(raw) == plain


def test_scanned_page_gets_ocr_text(tmp_path):
    pdf = docs_pdfs.scanned_pdf(tmp_path / "scan.pdf", ["CITY OF OXNARD", "Public Records Request 2024-118",
                                                       "Responsive records are attached."])
    doc = extract_pdf(pdf)
    assert doc.status == "ok"
    page = doc.pages[0]
    assert page.method == "ocr"
    assert "OXNARD" in page.text and "2024-118" in page.text and "attached" in page.text


def test_ocr_off_marks_pages_without_text(tmp_path):
    pdf = docs_pdfs.scanned_pdf(tmp_path / "scan.pdf", ["Nothing but pixels"])
    doc = extract_pdf(pdf, ocr=False)
    assert doc.status == "empty" and doc.pages[0].method == "none"
    assert "OCR was not run" in doc.error


# --- bad input -------------------------------------------------------------------------------

@pytest.mark.corpus
@pytest.mark.parametrize("name,status,words", [
    ("password-example.pdf", "encrypted", "password"),
    ("empty.pdf", "empty", "0 bytes"),
])
def test_corpus_bad_files(corpus, name, status, words):
    doc = extract_pdf(corpus / "pdfs" / name)
    assert doc.status == status and words in doc.error and doc.pages == []


@pytest.mark.corpus
def test_malformed_corpus_file_is_repaired(corpus):
    """pdfplumber's issue-932 file has a broken structure; pdfium and poppler still read its one page."""
    doc = extract_pdf(corpus / "pdfs" / "malformed-from-issue-932.pdf")
    assert doc.status == "ok" and len(doc.pages) == 1 and "2021" in doc.pages[0].text


def test_html_claiming_to_be_pdf(tmp_path):
    p = tmp_path / "records.pdf"
    p.write_text("<!DOCTYPE html><html><body>Session expired. Please log in.</body></html>")
    doc = extract_pdf(p)
    assert doc.status == "not_pdf" and "HTML" in doc.error


def test_garbage_after_header_is_malformed(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    doc = extract_pdf(p)
    assert doc.status == "malformed" and doc.error


def test_truncated_pdf(tmp_path, thousand_pages):
    data = thousand_pages.read_bytes()
    p = tmp_path / "truncated.pdf"
    p.write_bytes(data[: len(data) // 3])
    doc = extract_pdf(p)
    # Either repaired (some pages) or reported; never an exception, never a silent empty "ok".
    assert doc.status in ("ok", "malformed")
    if doc.status == "ok":
        assert doc.pages and any(p.text for p in doc.pages)
    else:
        assert doc.error


def test_empty_bytes(tmp_path):
    p = tmp_path / "zero.pdf"
    p.write_bytes(b"")
    assert extract_pdf(p).status == "empty"


def test_missing_file(tmp_path):
    doc = extract_pdf(tmp_path / "nope.pdf")
    assert doc.status == "malformed" and "cannot read" in doc.error


def test_over_size_limit_is_too_large(tmp_path, thousand_pages):
    doc = extract_pdf(thousand_pages, max_bytes=100_000)
    assert doc.status == "too_large" and "limit" in doc.error


def test_thousand_pages(thousand_pages):
    doc = extract_pdf(thousand_pages)
    assert doc.status == "ok" and len(doc.pages) == 1000
    assert doc.pages[999].text.startswith("Page 1000 line 0")
    assert doc.records == []



def test_long_document_read_by_two_processes_gives_the_same_pages(thousand_pages, monkeypatch):
    from prr.scrapers.pdf import extractors

    reader = extractors.PdftotextExtractor()
    procs = reader.start(thousand_pages, 1000)
    assert len(procs) == (2 if extractors._cores() > 1 else 1)
    halves = reader.finish(procs, 1000)
    monkeypatch.setattr(extractors, "SPLIT_FROM_PAGES", 10**9)
    whole = reader.finish(reader.start(thousand_pages, 1000), 1000)
    assert [(p.number, p.text) for p in halves] == [(p.number, p.text) for p in whole]
    assert halves[500].text.startswith("Page 501 line 0")


@pytest.mark.parametrize("load, processes", [(0.2, 2), (64.0, 1)], ids=["a-core-idle", "every-core-busy"])
def test_a_shorter_document_is_read_in_halves_only_where_a_core_is_idle(tmp_path, monkeypatch, load, processes):
    from prr.scrapers.pdf import extractors

    if extractors._cores() < 2:
        pytest.skip("one core: a document is read by one pdftotext process")
    pdf = docs_pdfs.many_pages(tmp_path / "twenty.pdf", 20)
    monkeypatch.setattr(extractors.os, "getloadavg", lambda: (load, load, load))
    reader = extractors.PdftotextExtractor()
    procs = reader.start(pdf, 20)
    assert len(procs) == processes
    pages = reader.finish(procs, 20)
    monkeypatch.setattr(extractors, "SPLIT_FROM_PAGES", 10**9)
    whole = reader.finish(reader.start(pdf, 20), 20)
    assert [(p.number, p.text) for p in pages] == [(p.number, p.text) for p in whole]
    assert pages[12].text.startswith("Page 13 line 0")


def test_a_failing_half_is_a_clear_error(thousand_pages):
    from prr.scrapers.pdf import ExtractionError, extractors

    if extractors._cores() < 2:
        pytest.skip("one core: a document is read by one pdftotext process")
    reader = extractors.PdftotextExtractor()
    procs = reader.start(thousand_pages, 2000)       # the second half asks for pages that are not there
    with pytest.raises(ExtractionError) as failed:
        reader.finish(procs, 2000)
    # the half's own failure, with pdftotext's words: not a silent short document
    assert failed.value.status == "malformed" and "page" in str(failed.value).lower()


def test_huge_image_is_handled_within_memory(tmp_path):
    """A small file whose image decodes to 108 MB, on a page with no text: OCR renders the
    page at a capped size, in a subprocess whose peak memory we measure."""
    pdf = docs_pdfs.huge_image_pdf(tmp_path / "huge.pdf")
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so it would report
    # the forking pytest process's size.
    code = ("import json, sys; from prr.scrapers.pdf import extract_pdf; d = extract_pdf(sys.argv[1]); "
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
            "print(json.dumps({'status': d.status, 'methods': [p.method for p in d.pages], 'text': d.text, "
            "'rss_mb': int(hwm) / 1024}))")
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True,
                         timeout=300)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["status"] == "ok" and result["methods"] == ["ocr"]
    assert "OVERSIZED" in result["text"]
    assert result["rss_mb"] < 400


def test_one_bad_file_does_not_stop_others(tmp_path, made):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    results = [extract_pdf(p) for p in (bad, made / "block_log.pdf")]
    assert [d.status for d in results] == ["malformed", "ok"]
    assert len(results[1].records) == 40


def test_extractor_plugins_registered():
    assert {"pdftotext", "pypdfium2", "pdfplumber", "ocr"} <= set(Extractor.registry)


def test_pdfium_fallback_matches_pdftotext(made):
    pages = Extractor.get("pypdfium2")().extract(made / "block_log.pdf", [1])
    assert "Incident No: 24-01000" in pages[0].text


def test_cli_extract_json_shape(made):
    out = subprocess.run([sys.executable, "-m", "prr", "docs", "extract", str(made / "table_log.pdf"), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"pages", "records", "status", "error"}
    assert data["status"] == "ok" and data["error"] is None
    assert set(data["pages"][0]) == {"number", "text", "method", "tables", "part"}
    assert data["pages"][0]["part"] is None
    assert data["pages"][0]["method"] == "text"
    assert data["records"][0]["record_no"] == "24-01000"


def test_cli_extract_bad_file_exits_nonzero_with_reason(tmp_path):
    p = tmp_path / "portal.pdf"
    p.write_text("<html><body>Login</body></html>")
    out = subprocess.run([sys.executable, "-m", "prr", "docs", "extract", str(p)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert "not_pdf" in out.stderr and "HTML" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.fixture
def registered_extractors():
    """Extractors a test registers are taken out again, so other tests see the built-in set."""
    before = dict(Extractor.registry)
    yield
    Extractor.registry.clear()
    Extractor.registry.update(before)


def test_newly_registered_extractors_are_used(made, registered_extractors):
    """extract_pdf finds its extractors through the registry: a new text extractor ranked
    ahead of pdftotext reads the text layer, and a new table extractor reads the tables."""
    from prr.scrapers.pdf.model import Page

    class MarkerText(Extractor):
        kind, role, rank = "marker-text", "text", 1

        def extract(self, path, numbers):
            return [Page(number=n, text=f"marker page {n}", method="text") for n in numbers]

    class MarkerTables(Extractor):
        kind, role, rank = "marker-tables", "tables", 1

        def extract(self, path, numbers):
            return [Page(number=n, text="", method="text", tables=[[["marker", str(n)]]]) for n in numbers]

    doc = extract_pdf(made / "grid_log.pdf", ocr=False, records=False)
    assert doc.status == "ok"
    assert [p.text for p in doc.pages] == [f"marker page {p.number}" for p in doc.pages]
    assert any(p.tables == [[["marker", str(p.number)]]] for p in doc.pages)
    assert Extractor.for_role("text")[0] is MarkerText


def test_unavailable_extractor_falls_back_in_rank_order(made, registered_extractors):
    class Missing(Extractor):
        kind, role, rank, needs = "missing-text", "text", 1, "a tool that is not installed"

        @classmethod
        def available(cls):
            return False

    doc = extract_pdf(made / "block_log.pdf", ocr=False, tables=False, records=False)
    assert doc.status == "ok" and "Incident No: 24-01000" in doc.pages[0].text
    assert doc.layout_text
    assert "missing-text (a tool that is not installed) not installed; used pdftotext" in doc.notes
