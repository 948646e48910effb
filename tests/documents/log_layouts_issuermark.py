"""Generated logs (see ``log_layouts``) whose entries close with their number after the
issuer's letters, in brackets ("(HPA 24-01000)"), and cite older numbers of the same issuer
with the same letters inside some entries ("see HPA 23-00412"): the letters mark who issued
a number, not the records' series, and the record's number is the number alone."""
from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_WIDTH = 96


def harbour_watch_journal_issuer_letters(path: Path, n: int) -> Path:
    """A harbour police watch journal, Helvetica 9: day headings ("Tuesday, 2 April 2024"),
    each entry's clock ("10:09") in a gutter and a paragraph beside it, "<Type>, <place>.
    <what was done> <outcome>. (HPA 24-01000)": the issuer's letters and the number close
    the paragraph in round brackets, every seventh wrapping between the letters and the
    number. Every fourth entry cites an older incident of the same issuer ("Repeat of
    HPA 23-00412."), every fifth a coastguard file ("coastguard file CG 7731/24"); a watch
    handover line led by a clock like an entry's ("Watch handover: ...") but without a
    number follows every ninth entry; a count closes the journal."""
    lines: list[tuple[str, str, int]] = []
    day = None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = (int(v) for v in day.split("/"))
            lines.append(("", date(yyyy, mm, dd).strftime(f"%A, {dd} %B %Y"), 40))
        cited = f" Repeat of HPA 23-{400 + 3 * i:05d}." if i % 4 == 1 else ""
        other = f" Passed to coastguard file CG {7700 + i}/24." if i % 5 == 3 else ""
        body = f"{r['type']}, {r['address']}.{cited} {r['summary']}{other} {r['dispo']}."
        wrapped = textwrap.wrap(body, _WIDTH, break_on_hyphens=False)
        if i % 7 == 6:          # the bracket split over two lines after the letters
            wrapped[-1] += " (HPA"
            wrapped.append(f"{r['no']})")
        elif len(wrapped[-1]) + len(r["no"]) + 7 <= _WIDTH:
            wrapped[-1] += f" (HPA {r['no']})"
        else:
            wrapped.append(f"(HPA {r['no']})")
        lines.append((r["time"], wrapped[0], 80))
        lines += [("", w, 80) for w in wrapped[1:]]
        if i % 9 == 8:
            lines.append((r["time"][:3] + "59", f"Watch handover: Insp. {i % 6 + 2} relieves Insp. {i % 5 + 3}, "
                                                 "crew of 6, launch keys checked.", 80))
    lines.append(("", f"Entries this journal: {n}", 40))

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PORT OF ASHMOUTH HARBOUR POLICE - WATCH JOURNAL   sheet {page}")
        return 720

    def draw(c, y: float, line: tuple[str, str, int]) -> None:
        clock, text, x = line
        if clock:
            c.drawString(42, y, clock)
        c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Helvetica", 9), draw=draw)


def harbour_launch_narrative_run_in_kind(path: Path, n: int) -> Path:
    """The same harbour police's launch narrative, Courier 8, under "ON DUTY 04/01/2024"
    headings: each entry runs on from its clock, "10:09 hrs. Launch 3 attended 100 Main St.
    Kind: Burglary. <what was done> Result: Report Taken. (HPA 24-01000)", wrapped and
    indented; every third entry cites an older incident of the same issuer ("Linked to
    HPA 23-00388."); a crew-change line led by a clock ("Crew change: ...") without a
    number follows every eighth entry; a count closes the narrative."""
    lines: list[str] = []
    day = None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            lines.append(f"ON DUTY {day}")
        cited = f" Linked to HPA 23-{388 + 5 * i:05d}." if i % 3 == 2 else ""
        text = (f"{r['time'].replace(':', '')} hrs. Launch {i % 4 + 1} attended {r['address']}. Kind: {r['type']}."
                f"{cited} Result: {r['dispo']}. (HPA {r['no']})")
        wrapped = textwrap.wrap(text, 110, break_on_hyphens=False)
        lines += [wrapped[0]] + [f"     {w}" for w in wrapped[1:]]
        if i % 8 == 7:
            lines.append(f"{r['time'][:2]}58 hrs. Crew change: coxswain {i % 5 + 2} hands over to coxswain "
                         f"{i % 3 + 4}, fuel and flares checked.")
    lines.append(f"Entries this narrative: {n}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PORT OF ASHMOUTH HARBOUR POLICE - LAUNCH NARRATIVE - p. {page}")
        return 725
    return flowed_lines(path, lines, header)


ISSUER_MARK = {f.__name__: f for f in (harbour_watch_journal_issuer_letters, harbour_launch_narrative_run_in_kind)}
