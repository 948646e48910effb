"""A log's page texts set as its rows stand before any reader looks for records: a mail
body's quoted-printable decoded and mojibake read back as written, labels joined to their
values by "=" printed with a colon, a print file's carriage-control column taken off, OCR
letters, numbers and labels read as printed, a scan's specks at line ends taken off, text-art grids and quoted e-mail plain, editor line numbers taken
off (a transcript's too, its turns then set one a paragraph), marks in the left margin
beside a paragraph's lines blanked, repeated screen lines and a printed export's syntax
taken off, a page cut off partway and printed again in full read as blank, a page
photographed twice read once from the better shot line by line, pivot group
lines carried down, two pages printed to a side parted, a front index and a card pinned
atop every page blanked, right-hand columns printed on pages of their own keyed back to
their rows, numbers hyphenated across a line end joined, a row's leading number parted from
the code or item number printed touching it, a spreadsheet's long numbers shown in exponent
form set where their column's numbers stand, values written above struck ones between
double-spaced lines put in their place, a review copy's struck numbers and deleted
entries taken off, a table's lines of translated values taken off."""
from __future__ import annotations

from prr.scrapers.incident_log.asciigrid import plain_grid
from prr.scrapers.incident_log.carriage import strip_carriage_control
from prr.scrapers.incident_log.contentspage import blank_contents_page
from prr.scrapers.incident_log.cutcopies import blank_cut_copies
from prr.scrapers.incident_log.encodedtext import decode_leftovers
from prr.scrapers.incident_log.equalslabels import colon_labels
from prr.scrapers.incident_log.exponentcells import left_exponent_cells
from prr.scrapers.incident_log.frontindex import blank_front_index
from prr.scrapers.incident_log.gluedlead import part_glued_leads
from prr.scrapers.incident_log.halves import split_page_halves
from prr.scrapers.incident_log.hyphenid import join_hyphen_broken_numbers
from prr.scrapers.incident_log.interlinear import interlinear_corrections
from prr.scrapers.incident_log.keyed import join_keyed_pages
from prr.scrapers.incident_log.linegutter import blank_line_numbers
from prr.scrapers.incident_log.marginmarks import blank_margin_marks
from prr.scrapers.incident_log.ocrids import mend_ocr_ids
from prr.scrapers.incident_log.ocrlabels import mend_ocr_labels
from prr.scrapers.incident_log.ocrletters import fold_ocr_letters
from prr.scrapers.incident_log.ocrspecks import drop_ocr_specks
from prr.scrapers.incident_log.pinnedcards import blank_pinned_cards
from prr.scrapers.incident_log.pivotrows import pivot_rows
from prr.scrapers.incident_log.quoted import unquote
from prr.scrapers.incident_log.recaptured import drop_recaptured
from prr.scrapers.incident_log.reissuedlogs import blank_first_issues
from prr.scrapers.incident_log.retakes import merge_retaken_pages
from prr.scrapers.incident_log.scrolled import drop_scroll_overlap
from prr.scrapers.incident_log.syntaxtext import plain_structured
from prr.scrapers.incident_log.trackedchanges import tracked_pages
from prr.scrapers.incident_log.transcriptturns import turn_paragraphs
from prr.scrapers.incident_log.translatedcolumn import drop_translated_column
from prr.scrapers.incident_log.translatedrows import drop_translated_rows
from prr.scrapers.incident_log.xmltext import plain_xml


def printed_pages(page_texts: list[str]) -> tuple[list[str], list | None]:
    """The page texts to read, and where two pages were printed to a side, what
    ``halves.sheet_pages`` needs to give each record its sheet's page (else None)."""
    page_texts = decode_leftovers(page_texts) or page_texts     # quoted-printable or mojibake printed
    page_texts = colon_labels(page_texts) or page_texts     # "LABEL=value", one a line
    page_texts = strip_carriage_control(page_texts) or page_texts     # a line printer's control column
    page_texts = fold_ocr_letters(page_texts) or page_texts     # a scan's OCR words: 0 for O, 1 for l
    page_texts = mend_ocr_ids(page_texts) or page_texts     # a scan's numbers split, joined or misread
    page_texts = mend_ocr_labels(page_texts) or page_texts     # a scan's labels with their colons misread
    page_texts = drop_ocr_specks(page_texts) or page_texts     # a scan's specks read as marks at line ends
    page_texts = plain_grid(page_texts) or page_texts     # a table typed as text art
    page_texts = unquote(page_texts) or page_texts    # a log quoted in an e-mail ("> ")
    gutter = blank_line_numbers(page_texts)     # a text editor's (a transcript's) line numbers
    if gutter is not None:      # a transcript's turns on the numbered lines: a paragraph each
        page_texts = turn_paragraphs(page_texts, gutter) or gutter
    page_texts = blank_margin_marks(page_texts) or page_texts     # a reviewer's marks beside wrapped lines
    page_texts = drop_scroll_overlap(page_texts) or page_texts     # screens repeating the last lines
    page_texts = drop_recaptured(page_texts) or page_texts     # captures repeating the last entries
    page_texts = blank_cut_copies(page_texts) or page_texts     # a page cut off, then sent again whole
    page_texts = merge_retaken_pages(page_texts) or page_texts     # a page photographed twice: read once
    page_texts = plain_structured(page_texts) or page_texts     # a JSON or markdown export printed
    page_texts = plain_xml(page_texts) or page_texts     # an XML export printed
    page_texts = pivot_rows(page_texts) or page_texts     # group lines above a pivot's rows: carried down
    halves = split_page_halves(page_texts)     # two pages printed to a side: each on its own
    if halves is not None:
        page_texts = halves[0]
    # entries printed again beside them in another language, flowing on their own: the
    # right column taken off (translatedcolumn.py)
    page_texts = drop_translated_column(page_texts) or page_texts
    # a table's rows each followed by their values in another language, under titles
    # printed in both: the translation's lines taken off (translatedrows.py)
    page_texts = drop_translated_rows(page_texts) or page_texts
    page_texts = blank_front_index(page_texts) or page_texts     # an index of the numbers: not the log
    page_texts = blank_contents_page(page_texts) or page_texts     # a packet's contents page: no rows
    page_texts = blank_first_issues(page_texts) or page_texts     # a day's log reissued as REVISED: the reissue's
    page_texts = blank_pinned_cards(page_texts) or page_texts     # a card pinned atop every page: no record
    # right-hand columns printed on a page of their own, each row keyed as on an earlier page
    page_texts = join_keyed_pages(page_texts) or page_texts
    # a justified paragraph's number of the series hyphenated at a line end: joined
    page_texts = join_hyphen_broken_numbers(page_texts) or page_texts
    # a row's number touching the code cell after it or the item number before it: parted
    page_texts = part_glued_leads(page_texts) or page_texts
    # a spreadsheet's long number shown in exponent form, right-aligned: where its column's stand
    page_texts = left_exponent_cells(page_texts) or page_texts
    # a double-spaced copy's values struck and written above them: the written ones in place
    page_texts = interlinear_corrections(page_texts) or page_texts
    # a review copy's tracked changes shown: struck numbers and deleted entries taken off
    page_texts = tracked_pages(page_texts) or page_texts
    return page_texts, halves[1] if halves is not None else None
