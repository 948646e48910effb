"""Incident and event logs as rows, whatever the agency's layout.

Nothing here knows one agency's labels. A log is text in which some labelled fields
("Event #", "Incident No:", "Nature:", "Disposition", ...) repeat once per record, or
a table whose header row names such fields. So:

1. Drop lines repeated on most pages (page headers and footers), after masking digits.
2. Table layout: a header line of 3+ column titles followed by rows aligned under it;
   each row (plus its continuation lines) is a record.
3. Block layout: find label candidates (words ending in ":" or "#"/"No.", and bare
   Title-case words), keep the labels that occur once per record when the text is cut
   at the label that starts each record (the first such label in the document), and
   read each value up to the next label on the line.
4. Map labels to the common columns (record_no, case_no, type, occurred_at,
   reported_at, disposition, location, summary) through a small vocabulary of words
   police logs use; every label and value is also kept in ``fields``.

A document is a log only when records carry an identifier or a type, plus a date or
a location: a layoff table or a budget is not.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from dateutil import parser as dateparser

MIN_RECORDS = 2

# --- dates -----------------------------------------------------------------------------

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}-\d{{1,2}}-\d{{2,4}}"
         rf"|{_MONTHS} \d{{1,2}},? \d{{4}})")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|[01]\d[0-5]\d|2[0-3][0-5]\d)"
DATETIME_RE = re.compile(rf"(?<![\d/-])({_DATE})(?:[ T,]{{1,8}}(?:at )?({_TIME}))?(?![\d/])")
TIME_ONLY_RE = re.compile(rf"^{_TIME}$")


@lru_cache(maxsize=65536)
def parse_datetime(text: str | None) -> str | None:
    """First date (with its time, if one follows) in ``text`` as ISO 8601, else None."""
    if not text:
        return None
    m = DATETIME_RE.search(text)
    if not m:
        return None
    date, time = m.group(1), m.group(2)
    if time and re.fullmatch(r"\d{4}", time):
        time = time[:2] + ":" + time[2:]
    try:
        dt = dateparser.parse(f"{date} {time or ''}".strip(), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return dt.isoformat(timespec="seconds") if time else dt.date().isoformat()


# --- vocabulary: label -> common column ---------------------------------------------------

_ID_WORDS = ("event", "incident", "call", "cad", "log", "record", "entry", "item", "report", "dr", "cfs", "ref")
_NUM_WORDS = ("#", "no", "num", "number", "id", "nbr")


@lru_cache(maxsize=4096)
def column_for(label: str) -> str | None:
    """The common column a label fills, or None (it stays in ``fields`` only)."""
    words = re.findall(r"[a-z]+|#", label.lower())
    if not words:
        return None
    text = " ".join(words)
    has_num = any(w in _NUM_WORDS for w in words)
    if "case" in words and has_num:
        return "case_no"
    if has_num and (any(w in _ID_WORDS for w in words) or len(words) == 1):
        return "record_no"
    if "subtype" in words or "sub" in words:
        return None
    if words[-1] in ("type", "nature", "offense", "offence", "crime", "category", "classification",
                     "incident", "call") or words[0] in ("nature", "offense", "offence", "crime"):
        return "type"
    if words[0] in ("disposition", "dispo", "disp", "clearance", "outcome", "result", "status"):
        return "disposition"
    if words[0] in ("location", "address", "addr", "loc", "place", "street", "block", "where") or \
            words[-1] in ("location", "address"):
        return "location"
    if words[0] in ("summary", "narrative", "details", "detail", "comments", "comment", "notes", "remarks",
                    "synopsis", "description", "desc"):
        return "summary"
    if any(w.startswith("occur") for w in words) or text in ("from", "incident date", "date of incident"):
        return "occurred_at"
    if any(w in ("reported", "received", "date", "time", "datetime", "dispatched", "rcvd", "when")
           for w in words):
        return "reported_at"
    return None


# --- page furniture -------------------------------------------------------------------------

def _mask(line: str) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", " ", line.strip()))


def strip_furniture(pages: list[list[str]], zone: int = 4) -> list[list[str]]:
    """Remove lines that repeat at the top or bottom of most pages (headers, footers,
    page numbers). Only the first and last few lines of a page are looked at: record
    lines ("Case #  Subtype") repeat too, but all over the page. Table header rows stay."""
    if len(pages) < 2:
        return pages

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, l in enumerate(lines) if l.strip()]
        return sorted(set(filled[:zone] + filled[-zone:]))

    seen, total = Counter(), Counter()
    for lines in pages:
        seen.update({_mask(lines[i]) for i in edges(lines)})
        total.update(_mask(l) for l in lines if l.strip())
    threshold = max(2, int(len(pages) * 0.5))
    # Furniture is at the edges of most pages and hardly anywhere else (a record line
    # that happens to start every page also appears mid-page).
    furniture = {k for k, v in seen.items()
                 if v >= threshold and total[k] <= 1.2 * v and not _is_rule(k)}
    out = []
    for lines in pages:
        drop = {i for i in edges(lines) if _mask(lines[i]) in furniture and not _is_header(_cells(lines[i]))}
        out.append([l for i, l in enumerate(lines) if i not in drop])
    return out


def _is_rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(set(s) - set(" ")) == 1 and s[0] in "_-=*~."


# --- label candidates -----------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")
_MARKED_END = re.compile(r"^(?:[A-Za-z][\w./&()-]*:|#:?|No\.?:?|Number:?|[A-Za-z]+#:?)$")
_BARE = re.compile(r"^[A-Z][a-z]{2,}\.?$")
_WORD = re.compile(r"^[A-Za-z][A-Za-z./&()-]*$")


@dataclass
class Hit:
    label: str
    line: int      # index into the flat line list
    start: int     # column where the label starts
    end: int       # column after the label (where the value starts)


def _label_variants(tokens: list[re.Match]) -> list[tuple[str, int, int, bool]]:
    """(label, start, end, marked) for every token that could end a label, with up to two
    preceding words (the most frequent variant wins later)."""
    out = []
    for i, tok in enumerate(tokens):
        t = tok.group()
        marked = bool(_MARKED_END.match(t)) and not re.fullmatch(r"[\d:]+", t) and "//" not in t
        bare = bool(_BARE.match(t))
        if not (marked or bare):
            continue
        if bare and not marked and i + 1 < len(tokens) and re.match(r"[a-z]+\b", tokens[i + 1].group()) \
                and tokens[i + 1].start() - tok.end() == 1:
            continue   # "Officer responded ...": prose, not a label
        if marked and t.endswith(":") and len(t) > 1 and t[-2] == ":":
            continue
        # "Number:"/"#"/"No." need the words before them ("Case #"); colon labels may have them.
        for back in range(0, 3):
            j = i - back
            if j < 0:
                break
            words = tokens[j:i]
            if any(not _WORD.match(w.group()) or w.group().endswith(":") for w in words):
                break
            if any(tokens[k + 1].start() - tokens[k].end() > 1 for k in range(j, i)):
                break   # a wide gap is a column break, not a space inside a label
            label = " ".join(w.group() for w in tokens[j:i + 1])
            if marked and back == 0 and re.fullmatch(r"#:?|No\.?:?|Number:?", t):
                continue
            if bare and not marked and back > 0:
                break
            out.append((label, tokens[j].start(), tok.end(), marked))
    return out


def find_labels(lines: list[str]) -> tuple[list[Hit], set[str]]:
    variants: list[list[tuple[str, int, int, bool]]] = []
    counts: Counter = Counter()
    marked_labels: set[str] = set()
    for line in lines:
        v = _label_variants(list(_TOKEN.finditer(line)))
        variants.append(v)
        counts.update({lab for lab, *_ in v})
        marked_labels.update(lab for lab, _, _, m in v if m)
    hits = []
    for idx, v in enumerate(variants):
        by_end: dict[int, list[tuple[str, int, int, bool]]] = {}
        for item in v:
            by_end.setdefault(item[2], []).append(item)
        for _end, options in by_end.items():
            options.sort(key=lambda o: o[1])     # longest (earliest start) first
            base = counts[options[-1][0]]
            best = options[-1]
            for o in options:
                if counts[o[0]] >= 0.9 * base and counts[o[0]] >= MIN_RECORDS:
                    best = o
                    break
            hits.append(Hit(best[0], idx, best[1], best[2]))
    # Overlapping hits on a line (a bare word inside a longer label): keep the longest.
    hits.sort(key=lambda h: (h.line, h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if kept and kept[-1].line == h.line and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept, marked_labels


# --- block layout ---------------------------------------------------------------------------

def _segments(hits: list[Hit], anchor: str) -> list[list[Hit]]:
    segs: list[list[Hit]] = []
    for h in hits:
        if h.label == anchor:
            segs.append([h])
        elif segs:
            segs[-1].append(h)
    return segs


def choose_fields(hits: list[Hit], marked: set[str]) -> tuple[str | None, list[str]]:
    counts = Counter(h.label for h in hits)
    first_seen: dict[str, int] = {}
    for i, h in enumerate(hits):
        first_seen.setdefault(h.label, i)
    best: tuple = (0, 0, 0, 0)
    choice: tuple[str | None, list[str]] = (None, [])
    for anchor, n in counts.items():
        if n < MIN_RECORDS:
            continue
        segs = _segments(hits, anchor)
        per_seg = [Counter(h.label for h in s) for s in segs]
        fields = [anchor]
        for lab in counts:
            if lab == anchor or counts[lab] < MIN_RECORDS:
                continue
            once = sum(1 for c in per_seg if c.get(lab) == 1)
            many = sum(1 for c in per_seg if c.get(lab, 0) > 1)
            if once >= 0.5 * len(segs) and many <= 0.05 * len(segs):
                fields.append(lab)
        # A bare Title-case word is a label only if every record has it; a value that
        # happens to be Title-case ("Burglary") is in some records, not all.
        fields = [f for f in fields if f in marked or f == anchor or
                  sum(1 for c in per_seg if c.get(f)) >= 0.9 * len(segs)]
        if len(fields) < 2:
            continue
        n_marked = sum(1 for f in fields if f in marked)
        if n_marked == 0 and len(fields) < 3:
            continue
        key = (n_marked, len(fields), len(segs), -first_seen[anchor])
        if key > best:
            best = key
            choice = (anchor, fields)
    if choice[0] is None:
        return None, []
    # Every once-per-record label gives the same split shifted; records start at the first.
    anchor, fields = choice
    anchor = min(fields, key=lambda f: first_seen[f])
    segs = _segments(hits, anchor)
    return anchor, [f for f in fields if sum(1 for s in segs if any(h.label == f for h in s)) >= 0.5 * len(segs)]


def _split_value(value: str) -> tuple[str, list[str]]:
    """Cut date-times that sit in their own column out of a non-date value."""
    parts = re.split(r"\s{3,}", value.strip())
    keep, dates = [], []
    i = 0
    while i < len(parts):
        p = parts[i]
        if DATETIME_RE.fullmatch(p) or (dates and TIME_ONLY_RE.match(p)):
            if i + 1 < len(parts) and TIME_ONLY_RE.match(parts[i + 1]):
                p = p + " " + parts[i + 1]
                i += 1
            dates.append(p)
        elif keep or not dates:
            keep.append(p)
        i += 1
    return " ".join(" ".join(keep).split()), dates


def parse_blocks(lines: list[str], line_pages: list[int]) -> list[dict]:
    hits, marked = find_labels(lines)
    anchor, fields = choose_fields(hits, marked)
    if anchor is None:
        return []
    field_set = set(fields)
    hits = [h for h in hits if h.label in field_set]
    by_line: dict[int, list[Hit]] = {}
    for h in hits:
        by_line.setdefault(h.line, []).append(h)
    anchors = [h.line for h in hits if h.label == anchor]
    records = []
    for k, start in enumerate(anchors):
        stop = anchors[k + 1] if k + 1 < len(anchors) else _block_end(lines, by_line, start)
        values: dict[str, str] = {}
        loose: list[str] = []
        open_label: str | None = None   # a label whose value continues on the next lines
        for li in range(start, stop):
            line = lines[li]
            line_hits = sorted(by_line.get(li, []), key=lambda h: h.start)
            if not line_hits:
                if not line.strip() or _is_rule(line):
                    open_label = None
                elif open_label is not None:
                    values[open_label] = " ".join(f"{values[open_label]} {line.strip()}".split())
                else:
                    loose.append(line.strip())
                continue
            open_label = None
            if line[:line_hits[0].start].strip():
                loose.append(line[:line_hits[0].start].strip())
            for j, h in enumerate(line_hits):
                end = line_hits[j + 1].start if j + 1 < len(line_hits) else len(line)
                raw = line[h.end:end]
                if column_for(h.label) in ("occurred_at", "reported_at"):
                    value, dates = " ".join(raw.split()), []
                else:
                    value, dates = _split_value(raw)
                loose.extend(dates)
                if h.label not in values:
                    values[h.label] = value
                    if not value and j == len(line_hits) - 1:
                        open_label = h.label
        # A labelled value left empty at the end of its line continues on unlabelled lines
        # ("Narrative:" then the text below it).
        records.append(_record(values, loose, line_pages[start]))
    return records


def _block_end(lines: list[str], by_line: dict[int, list[Hit]], start: int) -> int:
    """The last record ends at the first blank or rule line after its last labelled line."""
    last = max(li for li in by_line if li >= start)
    i = last + 1
    while i < len(lines) and lines[i].strip() and not _is_rule(lines[i]) and i not in by_line:
        i += 1
    return i


def _record(values: dict[str, str], loose: list[str], page: int) -> dict:
    rec: dict = {"page": page, "record_no": None, "case_no": None, "type": None, "occurred_at": None,
                 "reported_at": None, "disposition": None, "location": None, "summary": None}
    fields = {}
    for label, value in values.items():
        name = label.rstrip(":").strip()
        fields[name] = value or None
        col = column_for(label)
        if not col or not value:
            continue
        if col in ("occurred_at", "reported_at"):
            value = parse_datetime(value) or _time_with_date(value, values)
            if not value:
                continue
        if rec[col] is None:
            rec[col] = value
    for col in ("reported_at", "occurred_at"):
        if rec[col] and "T" not in rec[col]:
            times = [v for lab, v in values.items() if v and TIME_ONLY_RE.match(v.strip())
                     and column_for(lab) == col]
            if times:
                rec[col] = parse_datetime(f"{rec[col]} {times[0]}") or rec[col]
    leftover_dates = [d for d in (parse_datetime(x) for x in loose) if d]
    if rec["reported_at"] is None and rec["occurred_at"] is None and leftover_dates:
        rec["reported_at"] = leftover_dates[0]
    text_loose = [x for x in loose if not DATETIME_RE.fullmatch(x.strip())]
    if rec["summary"] is None and text_loose:
        rec["summary"] = " ".join(" ".join(text_loose).split())
    if text_loose:
        fields["_text"] = " ".join(" ".join(text_loose).split())
    rec["fields"] = fields
    return rec


def _time_with_date(value: str, values: dict[str, str]) -> str | None:
    """A "Time" column next to a "Date" column: join them."""
    if not TIME_ONLY_RE.match(value.strip()):
        return None
    for label, other in values.items():
        if "date" in label.lower() and other and other != value:
            return parse_datetime(f"{other} {value}")
    return None


# --- table layout ---------------------------------------------------------------------------

_CELL = re.compile(r"\S+(?: \S+)*")


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]


def _is_header(cells: list[tuple[int, int, str]]) -> bool:
    if len(cells) < 3:
        return False
    for _, _, text in cells:
        words = text.split()
        if len(words) > 4 or not re.search(r"[A-Za-z]", text) or re.search(r"\d{3,}", text):
            return False
    mapped = [column_for(t) for _, _, t in cells]
    return sum(1 for m in mapped if m) >= 2


def parse_table(pages: list[list[str]]) -> list[dict]:
    records: list[dict] = []
    header: list[tuple[int, int, str]] | None = None
    for page_no, lines in enumerate(pages, start=1):
        current: dict | None = None
        for line in lines:
            cells = _cells(line)
            if not cells or _is_rule(line):
                continue
            if _is_header(cells):
                header = cells
                current = None
                continue
            if header is None:
                continue
            row = _assign(cells, header)
            if row is None:
                current = None
                continue
            first = header[0][2]
            if row.get(first):
                current = {"page": page_no, "values": row}
                records.append(current)
            elif current is not None:
                for k, v in row.items():
                    if v:
                        prev = current["values"].get(k)
                        current["values"][k] = f"{prev} {v}" if prev else v
    out = []
    for r in records:
        out.append(_record(r["values"], [], r["page"]))
    return out


def _assign(cells: list[tuple[int, int, str]], header: list[tuple[int, int, str]]) -> dict | None:
    """Put each cell under the header column it overlaps most (or starts nearest)."""
    row: dict[str, str] = {}
    bounds = []
    for i, (s, _e, text) in enumerate(header):
        nxt = header[i + 1][0] if i + 1 < len(header) else 10_000
        bounds.append((s, nxt, text))
    for s, e, text in cells:
        best, score = None, -1e9
        for bs, be, title in bounds:
            overlap = min(e, be) - max(s, bs - 2)
            sc = overlap if overlap > 0 else -abs(s - bs)
            if sc > score:
                best, score = title, sc
        if best is None:
            return None
        row[best] = f"{row[best]} {text}" if best in row else text
    if len(cells) > len(header) + 2:
        return None
    return row


# --- entry point ----------------------------------------------------------------------------

def is_log(records: list[dict]) -> bool:
    if len(records) < MIN_RECORDS:
        return False
    good = 0
    for r in records:
        ident = r["record_no"] or r["case_no"] or r["type"]
        where_when = r["reported_at"] or r["occurred_at"] or r["location"]
        if ident and where_when:
            good += 1
    return good >= 0.6 * len(records)


def parse_grid_tables(tables_by_page: list[list[list[list[str | None]]]]) -> list[dict]:
    """Records from ruled tables (pdfplumber): the first row that reads as a header names
    the columns; a table continued on the next page without its header keeps the last one."""
    records: list[dict] = []
    header: list[str] | None = None
    for page_no, tables in enumerate(tables_by_page, start=1):
        for table in tables:
            for row in table:
                cells = [" ".join((c or "").split()) for c in row]
                if _is_header([(0, 0, c) for c in cells if c]) and len(cells) >= 3:
                    header = [c or f"column {i + 1}" for i, c in enumerate(cells)]
                    continue
                if header is None or len(cells) != len(header) or not any(cells):
                    continue
                values = dict(zip(header, cells))
                if not cells[0] and records:
                    prev = records[-1]["values"]
                    for k, v in values.items():
                        if v:
                            prev[k] = f"{prev.get(k) or ''} {v}".strip()
                    continue
                records.append({"page": page_no, "values": values})
    return [_record(r["values"], [], r["page"]) for r in records]


def parse_records(page_texts: list[str], tables_by_page: list | None = None) -> list[dict]:
    """Records of an incident/event log, or [] when the text is not a log."""
    pages = strip_furniture([t.splitlines() for t in page_texts])
    table = parse_table(pages)
    grid = parse_grid_tables(tables_by_page) if tables_by_page and any(tables_by_page) else []
    lines, line_pages = [], []
    for n, page in enumerate(pages, start=1):
        lines.extend(page)
        line_pages.extend([n] * len(page))
    blocks = parse_blocks(lines, line_pages)
    candidates = [c for c in (blocks, table, grid) if is_log(c)]
    if not candidates:
        return []
    return max(candidates, key=_quality)


def _quality(records: list[dict]) -> tuple:
    filled = sum(1 for r in records for c in ("record_no", "case_no", "type", "reported_at", "occurred_at",
                                               "disposition", "location") if r[c])
    return (filled / len(records), len(records))
