"""Fixtures for documents tests: PDFs made here (synthetic logs, scans, big and broken
files) and the corpus's LBPD folder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_pdfs  # noqa: E402


@pytest.fixture(scope="session")
def made(tmp_path_factory) -> Path:
    """A folder of generated PDFs shared by the session (some take a second to make)."""
    d = tmp_path_factory.mktemp("made-pdfs")
    rows = docs_pdfs.incidents(40)
    docs_pdfs.block_log(d / "block_log.pdf", rows)
    docs_pdfs.table_log(d / "table_log.pdf", rows)
    docs_pdfs.grid_log(d / "grid_log.pdf", docs_pdfs.incidents(60))
    docs_pdfs.caps_log(d / "caps_log.pdf", docs_pdfs.incidents(60))
    return d


@pytest.fixture(scope="session")
def thousand_pages(tmp_path_factory) -> Path:
    return docs_pdfs.many_pages(tmp_path_factory.mktemp("big") / "thousand.pdf", 1000)


@pytest.fixture
def lbpd(corpus) -> Path:
    return corpus / "pdfs" / "lbpd"
