"""PDF text, tables and incident-log records.

``extract_pdf(path) -> Document``; extractors are plugins registered by kind
(pdftotext, pypdfium2, pdfplumber, ocr).
"""
from scrapers.pdf.extract import extract_pdf, sniff
from scrapers.pdf.extractors import Extractor, clean_cell, clean_table
from scrapers.pdf.model import STATUSES, Document, ExtractionError, Page

__all__ = ["extract_pdf", "sniff", "Extractor", "clean_cell", "clean_table", "Document", "Page",
           "ExtractionError", "STATUSES"]
