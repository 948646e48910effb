"""PDF text, tables and incident-log records.

``extract_pdf(path) -> Document``; extractors are plugins registered by kind
(pdftotext, pypdfium2, pdfplumber, ocr).
"""
from prr.scrapers.pdf.extract import extract_pdf, sniff
from prr.scrapers.pdf.extractors import Extractor, clean_cell, clean_table
from prr.scrapers.pdf.model import STATUSES, Document, ExtractionError, Page

__all__ = ["extract_pdf", "sniff", "Extractor", "clean_cell", "clean_table", "Document", "Page",
           "ExtractionError", "STATUSES"]
