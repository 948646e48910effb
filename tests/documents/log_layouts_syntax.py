"""Generated exports printed with their syntax (see ``log_layouts``): a JSON file printed
from a text editor, one object per event with its place nested and long remarks wrapped
to the page's edge; a markdown table printed as plain text, ids in bold, ``<br/>`` in
cells, wide rows wrapped without a pipe and a bold count row."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def json_events_printed_from_an_editor(path: Path, n: int) -> Path:
    """Courier 8, 4-space indent: a ``meta`` object (``"limit": 1000``, ``"count": n``),
    then ``"events": [`` with one object per event: ``"event_no"``, ``"received_at"``
    (``2024-04-01T10:09``), ``"nature"``, ``"place": { "street": ..., "zone": ... }``,
    ``"outcome"``, ``"remarks"`` (a long string wrapped at 95 characters, the rest at the
    left edge), and for one event in four ``"refs": [ "T24-0..." ]``."""
    rows = incidents(n)
    lines = ["{", '    "meta": {', '        "source": "cad-export",', '        "limit": 1000,',
             f'        "count": {n}', "    },", '    "events": [']
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        remark = f"{r['summary']} Unit cleared after checking the area and speaking with the caller at length."
        body = [f'"event_no": "EV-{r["no"]}"', f'"received_at": "{yyyy}-{mm}-{dd}T{r["time"]}"',
                f'"nature": "{r["type"]}"', f'"place": {{ "street": "{r["address"]}", "zone": "Z{i % 4 + 1}" }}',
                f'"outcome": "{r["dispo"]}"', f'"remarks": "{remark}"']
        if i % 4 == 2:
            body.append(f'"refs": [ "T24-{7000 + i}" ]')
        lines.append("        {")
        for k, item in enumerate(body):
            text = " " * 12 + item + ("," if k < len(body) - 1 else "")
            wrapped = textwrap.wrap(text, 95, drop_whitespace=False) if len(text) > 95 else [text]
            lines.extend(w.rstrip() if j == 0 else w.strip() for j, w in enumerate(wrapped))
        lines.append("        }," if i < n - 1 else "        }")
    lines += ["    ]", "}"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"events_export.json - Notepad++                                 {page}")
        return 725
    return flowed_lines(path, lines, header)


def markdown_register_printed_plain(path: Path, n: int) -> Path:
    """Courier 8: a ``## `` title, then ``| Report | When | Nature | Address | Result |``
    and its ``| --- |`` rule once; each row ``| **R-24-0...** | date time | type | address
    (some ``<br/>unit 2``) | outcome |``, rows longer than 100 characters wrapped at a
    space onto a line of their own without a pipe; ``| **Count** | | | | **n** |`` last."""
    rows = incidents(n)
    lines = ["## Harwick Bay Police - weekly register", "", "| Report | When | Nature | Address | Result |",
             "| --- | --- | --- | --- | --- |"]
    for i, r in enumerate(rows):
        address = r["address"] + ("<br/>unit 2 rear entrance" if i % 3 == 1 else "")
        result = r["dispo"] + (f" - summons T24-{7000 + i} issued at the scene" if i % 5 == 3 else "")
        row = f"| **R-{r['no']}** | {r['date']} {r['time']} | {r['type']} | {address} | {result} |"
        lines.extend(textwrap.wrap(row, 100, break_long_words=False, break_on_hyphens=False))
    lines += [f"| **Count** | | | | **{n}** |", "", "_Printed from the wiki._"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"register.md                                                     p. {page}")
        return 725
    return flowed_lines(path, lines, header)





def csv_in_an_editor_with_line_numbers(path: Path, n: int) -> Path:
    """Courier 8, a CSV file shown in a text editor: the editor's line numbers in a gutter
    (right-aligned, then two spaces), the quoted header, one quoted row per event; every
    fourth row's remarks hold a line break (the rest on a numbered line of its own), rows
    wider than 92 characters wrapped under the text with no number; ``"Rows: n",,,,,``
    last."""
    rows = incidents(n)
    file_lines = ['"Event","Opened","Category","Address","Result","Remarks"']
    for i, r in enumerate(rows):
        remark = r["summary"] + (f"\nsee also ticket T24-{7000 + i:04d}" if i % 4 == 1 else "")
        file_lines += (f'"EV{r["no"]}","{r["date"]} {r["time"]}","{r["type"]}","{r["address"]}",'
                       f'"{r["dispo"]}","{remark}"').split("\n")
    file_lines.append(f'"Rows: {n}",,,,,')
    lines = []
    for k, text in enumerate(file_lines, start=1):
        parts = textwrap.wrap(text, 92, break_long_words=False, break_on_hyphens=False) or [""]
        lines.append(f"{k:>4}  {parts[0]}")
        lines.extend(f"      {p}" for p in parts[1:])

    def header(c, page: int) -> float:
        c.drawString(40, 750, "D:\\exports\\events.csv - Editor")
        return 725
    return flowed_lines(path, lines, header)


SYNTAX = {f.__name__: f for f in (json_events_printed_from_an_editor, markdown_register_printed_plain,
                                  csv_in_an_editor_with_line_numbers)}
