"""Read each record's values: by labels, by table columns, or as free text."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.blocknumber import dated_number_out, own_number_out
from prr.scrapers.incident_log.blocktable import inner_tables
from prr.scrapers.incident_log.codeids import is_drawn_code
from prr.scrapers.incident_log.columns import nearest, split_line
from prr.scrapers.incident_log.continuedpages import join_continued_pages
from prr.scrapers.incident_log.fields import column_for, name_columns
from prr.scrapers.incident_log.groupcarry import carry_down, group_columns
from prr.scrapers.incident_log.headercopies import first_printings, header_groups
from prr.scrapers.incident_log.headingnumber import heading_numbers
from prr.scrapers.incident_log.labelvalues import read_block
from prr.scrapers.incident_log.nestedlabels import nested_label_lines
from prr.scrapers.incident_log.numberline import type_from_number_lines
from prr.scrapers.incident_log.pagecolumns import page_columns
from prr.scrapers.incident_log.pairedcell import split_paired_numbers, split_slashed_cell
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.repeatmarks import fill_repeat_marks, join_follow_ups
from prr.scrapers.incident_log.respacedblocks import respace_runs
from prr.scrapers.incident_log.seriallabel import series_labels, series_over_values
from prr.scrapers.incident_log.sidebar import cut_side_column
from prr.scrapers.incident_log.stackedcells import split_stacked_cells, stacked_columns
from prr.scrapers.incident_log.tablecells import (
    _cut_at,
    _move_time,
    _offences,
    _read_notes,
    _split_number_cell,
    _time_in_next_column,
)
from prr.scrapers.incident_log.text import cells, squash
from prr.scrapers.incident_log.titledrow import row_cells


def _date_label(label: str) -> bool:
    return column_for(label) in ("occurred_at", "reported_at")


def read_blocks(doc: Doc, spans, labels, numbers: dict[int, str], context) -> list[dict]:
    # furniture lines read as blank (work per furniture line, not per line of the log)
    clean = list(doc.lines)
    by_line = dict(doc.label_hits(labels))
    for i in doc.skip:
        clean[i] = ""
        by_line.pop(i, None)
    for i in nested_label_lines(doc, by_line, labels):     # a cited incident's labels: its text
        by_line.pop(i, None)
    cut_side_column(clean, spans, by_line)              # a newsletter's side column on the same lines
    date_labels = {f for f in labels.fields if _date_label(f)}
    charges = inner_tables(clean, spans, by_line)       # a charge table inside each block
    width, through = (_block_width(doc.lines), _page_breaks(doc)) if labels.margin else (None, frozenset())
    read = [read_block(clean, s, e, by_line, date_labels, width, through) for s, e in spans]
    # (a value running on into a date is a number label's with a space in it: the number
    # labels told once for the document, not for each record's values)
    number_labels = [f for f in labels.fields if column_for(f) in ("case_no", "record_no")]
    for k, (vals, _) in enumerate(read):
        if numbers.get(k):
            own_number_out(vals, numbers[k])
        for f in number_labels:
            if " " in vals.get(f, ""):
                dated_number_out(vals)
                break
    # "Date: same", "Location: do.": the value of the block above; a block numbered with
    # the mark is a follow-up of that case (repeatmarks.py)
    follow_ups = fill_repeat_marks([vals for vals, _ in read], number_labels, numbers)
    fields = list(labels.fields)
    sample = [[vals.get(f, "") for f in fields] for vals, _ in read[:400]]
    # the label whose values are the records' numbers holds the number, whatever its word
    # (when no label's word says so; a second number label, "Case #", then stays a number)
    id_col = None
    if not any(column_for(f) in ("case_no", "record_no") for f in fields):
        same = [sum(1 for k, (vals, _) in enumerate(read[:400]) if numbers.get(k) and vals.get(f) == numbers[k])
                for f in fields]
        id_col = max(range(len(fields)), key=same.__getitem__) if fields and max(same) >= 0.8 * len(sample) else None
        # (a number lined up down the page in no series, a unit's code at each block's line
        # end, is no record's when another label's values run in series: those are)
        series_col = series_over_values(fields, [vals for vals, _ in read], id_col)
        if series_col != id_col:
            id_col = series_col
            numbers = {k: vals[fields[id_col]].strip() for k, (vals, _) in enumerate(read)
                       if (vals.get(fields[id_col]) or "").strip()}
    key_at, key = _label_key(read, fields)
    titles = [key[f] if f in key and column_for(f) is None else f for f in fields]
    named = name_columns(titles, sample, id_col, by_values=True)
    # two labels naming a number (a reference beside the record's own): the one whose
    # values run in series through the blocks is the record's (seriallabel.py)
    named = series_labels(fields, named, [vals for vals, _ in read])
    # a number heading every block, a label inside naming the dispatch call's: the heading's
    # the record's when its series is the denser (headingnumber.py)
    named = heading_numbers(fields, named, [vals for vals, _ in read], numbers)
    # a stamp trailing each block's title line (a page's edit time) is no date of the record
    # (named a date by its values only: a word that itself says when, "Reported", is the record's)
    stamps = getattr(labels, "trailing", ())
    named = [None if f in stamps and n in ("reported_at", "occurred_at") and column_for(f) != n else n
             for f, n in zip(fields, named)]
    names = dict(zip(fields, named))
    names.setdefault("Date", "reported_at")      # a date split off a number label's value
    out = []
    for k, ((s, e), (values, loose)) in enumerate(zip(spans, read)):
        if k == key_at:
            continue
        rec = build(values, names, page=doc.pages[s], number=numbers.get(k), raw=doc.raw(s, e),
                    context_date=context[s], loose=loose)
        if k in charges and not rec["type"]:
            rec["offences"], rec["type"] = charges[k], " // ".join(charges[k])
        out.append(rec)
    if key_at is None:      # no label named the type: the phrase on each block's number line
        _titled_first_rows(doc, spans, names, out, by_line)
        type_from_number_lines(out, doc.lines, spans, numbers)
    else:                   # the key is no record: its span goes too, so spans and records pair up
        del spans[key_at]
    if follow_ups:      # (numbered as the records are, the key's block taken out)
        key_before = key_at if key_at is not None else len(read)
        out = join_follow_ups(out, spans, {k - (k > key_before) for k in follow_ups if k != key_at})
    # a report's later pages, its number label repeated with words after the number: its
    # rest, not records (continuedpages.py)
    return join_continued_pages(out, spans)


def _titled_first_rows(doc: Doc, spans, names: dict, records: list[dict], by_line: dict) -> None:
    """Blocks opened by a table row under column titles, their labels on the lines under
    it: the row's type and place cells (``titledrow``) where no label's own word gave them
    (a label typed by its values only, remarks that repeat, gives way); in place."""
    if len(records) != len(spans):
        return
    # blocks opened by a label's line: counted only until too many are (most logs: their first tenth)
    labelled, most = 0, 0.1 * len(spans)
    for s, _ in spans:
        if s in by_line:
            labelled += 1
            if labelled > most:
                return
    cells = row_cells(doc.lines, doc.pages, spans, doc.skip)
    if cells is None:
        return
    by_word = {column_for(f) for f in names}
    for rec, found in zip(records, cells):
        for f, value in found.items():
            if f not in by_word:
                rec[f] = value
                if f == "type":
                    rec["offences"] = [value]


_KEY_WORDS = re.compile(r"[a-z][a-z ,/()-]*")


def _label_key(read: list, fields: list[str]) -> tuple[int | None, dict[str, str]]:
    """A key to the labels printed before the records ("LOC location  DSP disposition"):
    an early block whose labels nearly all give words in lower case, not values. It names
    the labels whose own word says nothing (a short code) and is no record."""
    for k, (vals, _) in enumerate(read[:3]):
        # (a key on one line: a label's words stop at the next bracketed code, "[V1]..[Vn]")
        given = {f: v.split(" [", 1)[0].strip() for f, v in vals.items() if f in fields}
        words = {f: v for f, v in given.items() if _KEY_WORDS.fullmatch(v)}
        # a key naming most labels, or, with labels only some records print, most of its own
        if len(words) >= 0.8 * len(fields) or len(words) >= max(3, 0.8 * len(given), 0.5 * len(fields)):
            return k, words
    return None, {}


def _block_width(lines: list[str]) -> int:
    """How wide the page's text reaches: a value's line that stops well short of it ended
    there, it did not wrap."""
    return max(map(len, lines), default=0)


def _page_breaks(doc: Doc) -> set[int]:
    """Page furniture and the blank lines around it: a block goes on across them."""
    out = set(doc.skip)
    for i in sorted(doc.skip):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(doc.lines) and j not in out and not doc.lines[j].strip():
                out.add(j)
                j += step
    return out


def read_table(doc: Doc, spans, numbers: dict[int, str], id_x: dict[int, int], headers: dict[int, list[str]],
               context) -> list[dict]:
    """Columns per page from the record lines' gaps; values are the words under each."""
    respace_runs(doc, spans, headers)      # runs of rows laid out apart from their header (respacedblocks.py)
    rows: list[tuple[int, list[str], list[str]]] = []     # (record index, titles, values)
    line_parts: dict[int, list[list[str]]] = {}
    note_parts: dict[int, list[str]] = {}      # record -> its note lines ("Occurred on ...")
    prose_parts: dict[int, list[str]] = {}     # record -> its narrative's lines under the row
    header: list[str] = []
    group: dict[int, tuple] = {}   # record -> the titles its values are typed with, when not its own
    printed: list[str] = []        # the titles as placed on the page that prints the header
    # per page; per group of rows when each group prints its header at its own positions
    for page, ks, own in header_groups(doc, spans, headers, id_x):
        header = own or headers.get(page, header)
        page_spans = [spans[k] for k in (first_printings(ks, numbers) if own else ks)]
        cols, names, notes, prose = page_columns(doc, page_spans, header, id_x)
        if page in headers or own:
            printed = names
        elif printed:
            # a page under no header of its own (printed on page 1 only) sets its columns at
            # other positions than the titles: as many columns as titled ones take them in
            # order (the values still typed with the pages their titles fell on as before);
            # else the cells of its records' first lines, when nearly all have one a title
            if len(cols) == len(printed) and names != printed:
                group.update((k, tuple(names)) for k in ks)
                names = printed
            elif len(cols) != len(printed) and names != printed:
                cols = _cells_in_order(doc, page_spans[:40], len(printed)) or cols
                names = printed if len(cols) == len(printed) else names
        for k in ks:
            s, e = spans[k]
            vals = [""] * len(cols)
            lines = []
            # the number's column also holds a column to its left (no gap between them): on
            # every line of the record, the words left of where the number starts are that
            # column's ("Northeast / Module II" beside "22-000602 / Theft ... / property ...")
            x = id_x.get(s)
            jx = nearest(cols, x) if x is not None else None
            if jx is not None and cols[jx][0] >= x - 2:
                jx = None
            left: list[str] = []
            for i in range(s, e):
                if i in doc.skip or not doc.lines[i].strip():
                    continue
                if i in notes:
                    note_parts.setdefault(k, []).append(doc.lines[i])
                    continue
                if i in prose:
                    prose_parts.setdefault(k, []).append(doc.lines[i].strip())
                    continue
                parts = split_line(doc.lines[i], cols, id_x.get(i))
                if jx is not None and parts[jx]:
                    before, parts[jx] = _cut_at(doc.lines[i], cols, jx, x)
                    if before:
                        left.append(before)
                lines.append(parts)
                # an offence row repeats its incident's place and date: kept once
                vals = [a if b and a.endswith(b) else f"{a} {b}".strip() for a, b in zip(vals, parts)]
            if left:
                vals[jx] = f"{' '.join(left)} {vals[jx]}"
            rows.append((k, names, vals))
            line_parts[k] = lines
    out = []
    id_cols = {}
    for k, _names, vals in rows:
        id_col = None
        if k in numbers and id_x:
            for j, v in enumerate(vals):
                if numbers[k] in v.split() or numbers[k] in v:
                    id_col = j
                    break
        id_cols[k] = id_col
    samples = {}
    for k, names, vals in rows:
        samples.setdefault(group.get(k, tuple(names)), []).append(vals)
    carried, fills = _group_columns(doc, spans, rows, group, id_cols)
    if not headers and len(samples) > 1:
        _pool_untitled(samples)
    named: dict[tuple, list] = {}
    timed: dict[tuple, tuple[int, int] | None] = {}
    # cells stacked under slashed titles, told per title from every page printing it
    stacked_by_name = stacked_columns(rows, line_parts, id_cols)
    stacked: dict[tuple, dict] = {}
    for k, names, vals in rows:
        key = (tuple(names), group.get(k), id_cols[k])
        if key not in named:      # once per header (and number column), not per row
            same = samples[group.get(k, tuple(names))]
            named[key] = _name_groups(name_columns(names, same, id_cols[k]), carried.get(key[:2], ()))
            timed[key] = _time_in_next_column(named[key], same)
        if key[0] not in stacked:
            stacked[key[0]] = {col: stacked_by_name[name] for col, name in enumerate(names) if name in stacked_by_name}
        fields_of = named[key]
        if k in fills:      # (after the columns are named: a group column is named as printed)
            vals = [fills[k].get(j, v) for j, v in enumerate(vals)]
        if "type" in fields_of:
            vals = list(vals)
            vals[fields_of.index("type")] = _offences(line_parts[k], fields_of.index("type"))
        if timed[key]:      # after the type is read from its lines: a time opening it is moved too
            vals = _move_time(vals, *timed[key])
        values = dict(zip(names, vals))
        mapping = dict(zip(names, fields_of))
        number = numbers.get(k)
        if stacked[key[0]]:
            split_stacked_cells(values, mapping, names, line_parts[k], stacked[key[0]], id_cols[k], number)
        if id_cols[k] is not None and number and \
                not split_paired_numbers(values, mapping, names[id_cols[k]], number):
            _split_number_cell(values, mapping, names[id_cols[k]], number)
        _read_notes(note_parts.get(k, ()), values, mapping)
        if k in line_parts:
            split_slashed_cell(values, mapping, names, line_parts[k])
        if k in prose_parts:
            values["_narrative"] = " ".join(prose_parts[k])
            mapping["_narrative"] = None if "summary" in mapping.values() else "summary"
        s, e = spans[k]
        out.append(build(values, mapping, page=doc.pages[s], number=number, raw=doc.raw(s, e),
                         context_date=context[s]))
    return out


def _group_columns(doc: Doc, spans, rows, group: dict, id_cols: dict) -> tuple[dict, dict]:
    """Per table (its titles), the columns printed once per group of rows; per record, the
    values its empty cells in them take from the group above."""
    tables: dict[tuple, list[tuple[int, list[str]]]] = {}
    for k, names, vals in rows:
        tables.setdefault((tuple(names), group.get(k)), []).append((k, vals))
    columns_of, fills = {}, {}
    for key, members in tables.items():
        pages = [doc.pages[spans[k][0]] for k, _ in members]
        starts = [i == 0 or pages[i] != pages[i - 1] for i in range(len(pages))]
        id_col = next((id_cols[k] for k, _ in members if id_cols[k] is not None), None)
        columns = group_columns(list(key[0]), [v for _, v in members], starts, id_col)
        if columns:
            columns_of[key] = columns
            filled = carry_down([v for _, v in members], columns)
            fills.update((k, f) for (k, _), f in zip(members, filled) if f)
    return columns_of, fills


def _name_groups(fields_of: list, columns) -> list:
    """A group column no title named, where no column holds the place: the rows grouped by
    place (the one field a log groups its rows by besides the day, which is a date)."""
    for j in columns:
        if j < len(fields_of) and fields_of[j] is None and "location" not in fields_of:
            fields_of = fields_of[:j] + ["location"] + fields_of[j + 1:]
    return fields_of


def _pool_untitled(samples: dict[tuple, list[list[str]]]) -> None:
    """A log printing no header anywhere: its pages' columns are typed from the values of
    all pages, by position, not each page from its own few rows (a page whose gaps give one
    more column at the right, a note's tail, keeps the others' names for the rest)."""
    width = max(len(names) for names in samples)
    pooled = [vals + [""] * (width - len(vals)) for rows in samples.values() for vals in rows]
    for names in samples:
        samples[names] = [vals[:len(names)] for vals in pooled]


def _cells_in_order(doc: Doc, spans, n: int) -> list[tuple[int, int]] | None:
    """Columns from the records' first lines when nearly every one has ``n`` cells (the
    page's gaps give another count: a value with a blank inside, an overflow)."""
    firsts = [cells(doc.lines[s]) for s, _ in spans]
    full = [c for c in firsts if len(c) == n]
    if len(full) < 2 or len(full) < 0.8 * len(firsts):
        return None
    starts = [min(c[k][0] for c in full) for k in range(n)]
    ends = [max(c[k][1] for c in full) for k in range(n)]
    if any(ends[k] >= starts[k + 1] for k in range(n - 1)):
        return None
    return list(zip(starts, ends))


def read_text(doc: Doc, spans, numbers: dict[int, str], context) -> list[dict]:
    """Free-text entries: the anchor's date or time, the text as summary."""
    out = []
    for k, (s, e) in enumerate(spans):
        raw = doc.raw(s, e)
        first = cells(raw[0]) if raw else []
        when = first[0][2] if first else ""
        text = squash(" ".join(raw))[len(when):].strip() if raw else ""
        values = {"when": when, "text": text}
        out.append(build(values, {"when": "reported_at", "text": "summary"}, page=doc.pages[s],
                         number=numbers.get(k), raw=raw, context_date=context[s]))
    return out


def id_positions(doc: Doc, anchors) -> dict[int, int]:
    """Line -> column where its record number starts (to cut glued cells)."""
    out = {}
    for line, number in anchors.ids.items():
        for x, tok in doc.ids[line]:
            if tok == number:
                out[line] = x
                break
    return out


_THREE_DIGITS = re.compile(r"\d{3}")


def related_numbers(doc: Doc, span: tuple[int, int], own: set[str]) -> list[str]:
    found = []
    for line_ids in doc.ids[span[0]:span[1]]:
        for _, tok in line_ids:
            # (a drawn code cited in a row, an earlier report, may hold fewer digits)
            if tok not in own and tok not in found and (_THREE_DIGITS.search(tok) or is_drawn_code(tok, doc.codes)):
                found.append(tok)
    return found
