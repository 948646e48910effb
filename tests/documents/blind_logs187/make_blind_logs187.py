"""Generate a held-out set of records packets bundling several agencies' incident logs (blind_logs187).

Five invented agencies (a joint powers authority, county records units, a regional dispatch centre) each
answer one request for several cities with ONE PDF of two to four sections, each section a different
city's or system's log in its own layout and its own numbering scheme, starting on a new page with its
own title block and its own page numbering. One trap per agency: a short section after a long one; two
sections whose layouts differ but whose ids have the same shape (ranges interleaved, one citing the
other); a landscape section among portrait pages; a section whose records carry no dates (the date only
in its title); four sections behind `ATTACHMENT` separator pages citing each other's numbers as mutual
aid. Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs187/make_blind_logs187.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026187
D = "\u2014"
PORTRAIT, LANDSCAPE = letter, landscape(letter)
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Alder Crest Road", "Alder Crest Rd"), ("Banning Avenue", "Banning Ave"), ("Coldwater Drive", "Coldwater Dr"),
           ("Dorsey Street", "Dorsey St"), ("Elmhurst Lane", "Elmhurst Ln"), ("Foxglove Court", "Foxglove Ct"),
           ("Granary Road", "Granary Rd"), ("Hatchet Way", "Hatchet Way"), ("Inkberry Street", "Inkberry St"),
           ("Juniper Flat Road", "Juniper Flat Rd"), ("Kettle Avenue", "Kettle Ave"), ("Lamplighter Drive", "Lamplighter Dr")]
PLACES = ["City park", "Transit stop", "Middle school", "Grocery lot", "Boat ramp", "Fairgrounds"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=PORTRAIT, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def location(r, short=False, upper=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        out = f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False, ranges=True):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35 and ranges:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.7:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(201, 289)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])


def numbering(recs, r, fmt, start, steps=(1, 1, 1, 2)):
    seq = start
    for rec in recs:
        seq += r.choice(steps)
        rec["case_number"] = fmt(seq)


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def centre(text, font, size, width):
    return (width - stringWidth(text, font, size)) / 2


def pieces(line, x0, size):
    """A fixed-width line as a report writer places it: each run of words at its own column."""
    return [(x0 + m.start() * size * 0.6, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, a new page when they do not fit."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or state["y"] - need < bottom:
            new_page()
        for x, text, font, fs, lead in lines:
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap
        return len(pages) - 1

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def draw(path, pages):
    """pages: (size, items); an item is (y, x, text, font, size), text None draws a rule from x to width - x."""
    c = new_canvas(path)
    for size, items in pages:
        c.setPageSize(size)
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------- section renderers
def title_block(sec, size, k):
    """Title block on a section's first page, a running head on its later pages; returns items, body top."""
    w, h = size
    if k == 1:
        items = [(h - 50, 50, sec["title"], "Helvetica-Bold", 13)]
        y = h - 66
        for s in sec["sub"]:
            items.append((y, 50, s, "Helvetica", 9.5))
            y -= 13
        items.append((y + 5, 50, None, "Helvetica", 9))
        return items, y - 12
    return [(h - 40, 50, sec["head"], "Helvetica-Oblique", 8.5), (h - 45, 50, None, "Helvetica", 9)], h - 62


def section_footer(sec, size, packet_foot):
    def footer(k, m):
        out = [(36, size[0] - 130, sec["page_fmt"].format(k=k, m=m), "Helvetica", 9)]
        if packet_foot:
            out.append((22, 50, packet_foot, "Helvetica", 7.5))
        return out
    return footer


def render(sec, recs, kind, size=PORTRAIT, packet_foot=""):
    """Lay out one section: kind is table, blocks, prose, numbered or printer; returns its pages."""
    w, h = size
    tops = {}

    def header(k):
        items, top = title_block(sec, size, k)
        tops[k] = top
        if kind == "table":
            items += [(top, x, t, "Helvetica-Bold", 8.5) for t, x, _ in sec["cols"]]
            items.append((top - 5, 50, None, "Helvetica", 9))
        if kind == "printer":
            for j, line in enumerate(sec["heads"]):
                items += [(top - 12 * j, x, t, "Courier-Bold", 8.5) for x, t in pieces(line, 50, 8.5)]
        return items

    body_top = {"table": h - 66 - 13 * 2 - 30, "printer": h - 66 - 13 * 2 - 50}.get(kind, h - 66 - 13 * 2 - 12)
    add, finish = paginate(header, section_footer(sec, size, packet_foot), body_top, 70)
    for i, rec in enumerate(recs, 1):
        if kind == "table":
            F, S = "Helvetica", 8.5
            vals = [fn(rec) for _, _, fn in sec["cols"]]
            xs = [x for _, x, _ in sec["cols"]] + [w - 40]
            for j, v in enumerate(vals):
                assert xs[j] + stringWidth(v, F, S) < xs[j + 1] - 3, (sec["title"], v)
            line = [(x, v, F, S, 0) for (_, x, _), v in zip(sec["cols"], vals) if v]
            ruled = sec.get("ruled")
            line[-1] = line[-1][:4] + (4 if ruled else 13,)
            rec["page"] = add(line + [(50, None, F, S, 11)] if ruled else line)
        elif kind == "blocks":
            F, S = "Helvetica", 9.5
            lines = sec["block"](rec)
            items = []
            for lab, val in lines:
                items += [(50, lab, "Helvetica-Bold", S, 0), (150, val, F, S, 12.5)]
            rec["page"] = add(items + [(50, None, F, S, 8)], gap=6)
        elif kind == "prose":
            F, S = "Times-Roman", 11
            txt = sec["para"](rec)
            rec["txt"] = txt
            rec["page"] = add([(50, ln, F, S, 14) for ln in wrap(txt, F, S, w - 100)], gap=7)
        elif kind == "numbered":
            F, S = "Helvetica", 9.5
            txt = sec["para"](rec)
            rec["txt"] = f"{i}. {txt}"
            rec["page"] = add([(50, f"{i}.", F, S, 0)] + [(78, ln, F, S, 12.5) for ln in wrap(txt, F, S, w - 128)],
                              gap=6)
        elif kind == "printer":
            F, S = "Courier", 8.5
            items = []
            for line in sec["lines"](rec):
                ps = pieces(line, 50, S)
                items += [(x, t, F, S, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], F, S, 11)]
            rec["page"] = add(items, gap=3)
    add([(50, None, "Helvetica", 9, 14), (50, sec["count"].format(n=len(recs)), "Helvetica-Bold", 9.5, 14)])
    return [(size, items) for items in finish()]


def separator(letter_, what, packet_foot):
    w, h = PORTRAIT
    t = f"ATTACHMENT {letter_}"
    items = [(h / 2 + 40, centre(t, "Helvetica-Bold", 26, w), t, "Helvetica-Bold", 26),
             (h / 2, centre(what, "Helvetica", 12, w), what, "Helvetica", 12),
             (h / 2 - 20, centre("(follows this page)", "Helvetica-Oblique", 10, w), "(follows this page)",
              "Helvetica-Oblique", 10)]
    if packet_foot:
        items.append((22, 50, packet_foot, "Helvetica", 7.5))
    return (PORTRAIT, items)


def cover(lines):
    w, h = PORTRAIT
    items, y = [], h - 72
    for text, font, fs, gap in lines:
        for ln in wrap(text, font, fs, w - 144) if text else [""]:
            if ln:
                items.append((y, 72, ln, font, fs))
            y -= fs + 4
        y -= gap
    return (PORTRAIT, items)


def foot_fn(fmt):
    """Packet footers numbered over the whole PDF, filled in once the page count is known."""
    def apply(pages):
        n = len(pages)
        return [(size, [(y, x, t.format(p=i, n=n) if t and "{p}" in t else t, f, s) for y, x, t, f, s in items])
                for i, (size, items) in enumerate(pages, 1)]
    return fmt, apply


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def cite(r, recs, others, kind, frac, fmt, least=2):
    """Mutual aid: some records (at least `least`) name the nearest earlier record of another section."""
    picks = [r.random() < frac for _ in recs]
    for k in range(len(recs)):
        if sum(picks) >= least:
            break
        picks[(k * 7 + 3) % len(recs)] = True
    for rec, pick in zip(recs, picks):
        cands = [o for o in others if o["dt"] < rec["dt"]]
        if pick and cands:
            o = max(cands, key=lambda x: x["dt"])
            rec["rel"].append((kind, o["case_number"]))
            rec["cite"] = fmt.format(num=o["case_number"])


def entry(path, agency, doc_type, layout, sections, notes, trap):
    recs = [rec for _, rs in sections for rec in rs]
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    secs = []
    for sec, rs in sections:
        secs.append({"title": sec["title"], "layout": sec["layout"], "numbering": sec["numbering"],
                     "orientation": "landscape" if sec.get("landscape") else "portrait",
                     "first_page": sec["first_page"], "last_page": sec["last_page"], "record_count": len(rs),
                     "first_case": rs[0]["case_number"], "last_case": rs[-1]["case_number"]})
    fields = sorted({k for rec in recs for k in KEYS if k in rec}, key=KEYS.index)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs187.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples, "sections": secs,
        "case_numbers_source": "written by the generator (make_blind_logs187.py) from the records it drew, every "
                               "section in reading order; checked by check_blind_logs187.py against `pdftotext "
                               "-layout` text of the PDF",
        "record_count_check": "records counted by the generator; every section prints its own count and the "
                              "counts add up to record_count",
        "trap": trap, "notes": notes,
    }


def assemble(path, parts, apply=None):
    """parts: list of pages lists (cover, separators, sections); sets each section's first/last page."""
    pages = []
    for part in parts:
        if isinstance(part, dict):
            part["first_page"] = len(pages) + 1
            pages += part["pages"]
            part["last_page"] = len(pages)
        else:
            pages.append(part)
    if apply:
        pages = apply(pages)
    draw(path, pages)


def dmy(fmt):
    return lambda t: t.strftime(fmt)


def occ_text(rec, at="", between="{a} to {b}", none=""):
    if rec["occ"] is None:
        return none
    if "occurred_at" in rec:
        return at + rec["occurred_at"]
    return between.format(a=rec["occurred_from"], b=rec["occurred_to"])


# 1 ------------------------------------------------------------------ Corvane Valley JPA: short section after a long one
def corvane(d, r):
    agency = "Corvane Valley Public Safety Joint Powers Authority, CA [invented]"
    foot, apply = foot_fn("CVPSJPA records response R-2026-0117  \u00b7  packet page {p} of {n}")
    a = make_recs(r, datetime.datetime(2026, 3, 2), 14, (4, 7), short=True)
    numbering(a, r, lambda s: f"26-{s:05d}", 410 + r.randint(0, 40))
    set_times(a, dmy("%m/%d/%y %H:%M"))
    sa = {"title": "CITY OF ASHBY FALLS POLICE DEPARTMENT [invented]", "layout": "table with header",
          "numbering": "26-NNNNN", "sub": ["Incident Log  03/02/2026 - 03/15/2026", "Records 555-0131  \u00b7  "
                                           "Attachment A of records response R-2026-0117"],
          "head": "Ashby Falls PD [invented]  \u00b7  Incident Log 03/02/2026 - 03/15/2026",
          "page_fmt": "Page {k} of {m}", "ruled": True, "count": "Total incidents listed: {n}",
          "cols": [("Case No.", 50, lambda x: x["case_number"]), ("Reported", 106, lambda x: x["reported_at"]),
                   ("Occurred", 168, lambda x: x.get("occurred_at", "")),
                   ("Incident Type", 230, lambda x: x["type"]), ("Location", 328, lambda x: x["location"]),
                   ("Disposition", 464, lambda x: x["disposition"])]}
    for rec in a:
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
            rec.pop("occurred_from")
            rec.pop("occurred_to")
            rec["occurred_at"] = rec["occ"][1].strftime("%m/%d/%y %H:%M")
    sa["pages"] = render(sa, a, "table", packet_foot=foot)
    b = make_recs(r, datetime.datetime(2026, 3, 2), 14, (1, 3))
    numbering(b, r, lambda s: f"WH26-{s:04d}", 300 + r.randint(0, 30))
    set_times(b, dmy("%m/%d/%Y %H:%M"))
    sb = {"title": "WREN HOLLOW POLICE DEPARTMENT [invented]", "layout": "labelled blocks", "numbering": "WH26-NNNN",
          "sub": ["Calls for Service - Case Activity  March 2 - 15, 2026", "Records Unit 555-0139"],
          "head": "Wren Hollow PD [invented]  \u00b7  Case Activity March 2 - 15, 2026",
          "page_fmt": "Wren Hollow  \u00b7  page {k}/{m}", "count": "Cases in this report: {n}",
          "block": lambda x: [("Case #", x["case_number"]), ("Reported", x["reported_at"]), ("Nature", x["type"]),
                              ("Location", x["location"]),
                              ("Occurred", occ_text(x, none="unknown")), ("Disposition", x["disposition"]),
                              ("Officer", f"#{x['badge']}")]}
    sb["pages"] = render(sb, b, "blocks", packet_foot=foot)
    c = make_recs(r, datetime.datetime(2026, 3, 4), 10, (0, 1))[:6]
    assert 4 <= len(c) <= 8, len(c)
    numbering(c, r, lambda s: f"PC26-{s:03d}", 40 + r.randint(0, 10))

    def pc_fmt(t):
        return f"{t:%B} {t.day}, {t.hour % 12 or 12}:{t:%M} {'a.m.' if t.hour < 12 else 'p.m.'}"

    set_times(c, pc_fmt)
    for rec in c:
        rec["disposition"] = rec["disposition"].lower()
    sc = {"title": "TOWN OF PELLAM CREEK MARSHAL'S OFFICE [invented]", "layout": "free text", "numbering": "PC26-NNN",
          "sub": ["Marshal's log, March 2026 (first half)", "Town Hall 555-0146"], "head": "Pellam Creek",
          "page_fmt": "Page {k} of {m}", "count": "Entries: {n}",
          "para": lambda x: (f"{x['reported_at']} {D} {x['type']} reported at {x['location']}. "
                             + (f"It happened {occ_text(x, 'about ', 'between {a} and {b}')} " if x["occ"] else "")
                             + f"Outcome: {x['disposition']}. (Ref. {x['case_number']})")}
    sc["pages"] = render(sc, c, "prose", packet_foot=foot)
    n = len(a) + len(b) + len(c)
    cov = cover([("CORVANE VALLEY PUBLIC SAFETY JOINT POWERS AUTHORITY [invented]", "Helvetica-Bold", 12, 4),
                 ("Records response R-2026-0117  \u00b7  March 18, 2026", "Helvetica", 10, 14),
                 ("Re: your request for the incident logs of the member cities for March 2 - 15, 2026.", "Helvetica",
                  10, 8),
                 ("The Authority keeps the records of its member agencies. Each member's log is attached as that "
                  "agency printed it; numbering and formats differ between agencies.", "Helvetica", 10, 10),
                 (f"Attachment A - Ashby Falls PD incident log ({len(a)} incidents)", "Helvetica", 10, 0),
                 (f"Attachment B - Wren Hollow PD case activity ({len(b)} cases)", "Helvetica", 10, 0),
                 (f"Attachment C - Pellam Creek marshal's log ({len(c)} entries)", "Helvetica", 10, 14),
                 ("Questions: Records Coordinator, 555-0117.", "Helvetica", 10, 0)])
    cov[1].append((22, 50, foot, "Helvetica", 7.5))
    sep = separator("B", "Wren Hollow Police Department [invented] - Case Activity", foot)
    path = d / "corvane-valley-jpa-records-response-R-2026-0117.pdf"
    assemble(path, [cov, sa, sep, sb, sc], apply)
    assert 60 <= n <= 150, n
    notes = (f"One records response bundling three member agencies' logs, each section on new pages with its own "
             f"title block and its own `Page k of m` (restarting), a packet footer numbering the whole PDF, a cover "
             f"letter listing the attachments and an `ATTACHMENT B` separator page before the second section. "
             f"Section 1: Ashby Falls PD ruled table (`Case No.  Reported  Occurred  Incident Type  Location  "
             f"Disposition`), {len(a)} incidents, ids like `{a[0]['case_number']}`, ends `Total incidents listed: N`. "
             f"Section 2: Wren Hollow PD labelled blocks (`Case #`, `Reported`, `Nature`, `Location`, `Occurred`, "
             f"`Disposition`, `Officer`), {len(b)} cases, ids like `{b[0]['case_number']}`, ends `Cases in this "
             f"report: N`. Section 3: Pellam Creek marshal's log in prose paragraphs, dates in words "
             f"(`{c[0]['reported_at']}`), the id at the end of each paragraph `(Ref. {c[0]['case_number']})`, ends "
             f"`Entries: {len(c)}`. Trap: the last section is short ({len(c)} records on one page) after a long "
             f"table and a block section, starts with no separator page and has a different id shape and date "
             f"style; the cover letter's request number R-2026-0117 is no record.")
    return [entry(path, agency, "records response bundling three member agencies' incident logs",
                  "table with header; labelled blocks; free text", [(sa, a), (sb, b), (sc, c)], notes,
                  "short section after long ones")]


# 2 ------------------------------------------------------------------ Kessock County: alike ids, cross-cited
def kessock(d, r):
    agency = "Kessock County Records Unit, NV [invented]"
    a = make_recs(r, datetime.datetime(2026, 4, 6), 10, (4, 6))
    b = make_recs(r, datetime.datetime(2026, 4, 6), 10, (3, 5))
    # one county series for both cities, issued in order of report
    numbering(sorted(a + b, key=lambda x: x["dt"]), r, lambda s: f"26-{s:05d}", 1180 + r.randint(0, 40),
              steps=(1, 1, 1, 1, 2))
    set_times(a, dmy("%m/%d/%Y %H:%M"))
    set_times(b, dmy("%m/%d/%y %H%M"))
    sa = {"title": "DUNMORE FLATS POLICE DEPARTMENT [invented]", "layout": "labelled blocks", "numbering": "26-NNNNN (county series shared with Ostrey)",
          "sub": ["Incident Activity Report  04/06/2026 through 04/15/2026", "Compiled by Kessock County Records "
                  "Unit  \u00b7  555-0172"],
          "head": "Dunmore Flats PD [invented]  \u00b7  Incident Activity Report 04/06/2026 - 04/15/2026",
          "page_fmt": "Page {k} of {m}", "count": "Incidents reported: {n}",
          "block": lambda x: [("INCIDENT", x["case_number"]), ("DATE/TIME", x["reported_at"]),
                              ("OFFENSE", x["type"]), ("ADDRESS", x["location"]),
                              ("OCCURRED", occ_text(x, none="-")), ("STATUS", x["disposition"]),
                              ("BADGE", x["badge"])]}
    cite(r, b, a, "mutual aid", 0.22, "Assisted Dunmore Flats PD on {num}.")
    sb = {"title": "OSTREY POLICE DEPARTMENT [invented]", "layout": "numbered items", "numbering": "26-NNNNN (county series shared with Dunmore Flats)",
          "sub": ["Daily Bulletin Summary, April 6-15, 2026", "Compiled by Kessock County Records Unit  \u00b7  555-0172"],
          "head": "Ostrey PD [invented] \u00b7 Daily Bulletin Summary", "page_fmt": "Ostrey {k} / {m}",
          "count": "Items listed: {n}",
          "para": lambda x: (f"{x['case_number']}  {x['reported_at']}  {x['type']} at {x['location']}. "
                             + (f"Occurred {occ_text(x, '', 'between {a} and {b}')}. " if x["occ"] else "")
                             + (x["cite"] + " " if x.get("cite") else "") + f"{x['disposition']}. Unit {x['badge']}.")}
    sa["pages"] = render(sa, a, "blocks")
    sb["pages"] = render(sb, b, "numbered")
    path = d / "kessock-county-incident-logs-2026-04-06-15.pdf"
    assemble(path, [sa, sb])
    n = len(a) + len(b)
    assert 60 <= n <= 150, n
    nrel = sum(len(x["rel"]) for x in b)
    notes = (f"Two cities' logs compiled by a county records unit into one PDF, no cover. Section 1: Dunmore "
             f"Flats PD labelled blocks (`INCIDENT`, `DATE/TIME`, `OFFENSE`, `ADDRESS`, `OCCURRED`, `STATUS`, "
             f"`BADGE`), {len(a)} incidents, ends `Incidents reported: N`. Section 2: Ostrey PD numbered items "
             f"(`1. {b[0]['case_number']}  {b[0]['reported_at']}  ...`), {len(b)} items, `Ostrey k / m` page numbers, "
             f"ends `Items listed: N`. Trap: both cities take their numbers from the county's one `26-NNNNN` "
             f"series, so the ids of the two sections have the same shape and their ranges interleave "
             f"(`{a[0]['case_number']}` ... `{a[-1]['case_number']}` and `{b[0]['case_number']}` ... "
             f"`{b[-1]['case_number']}`); only the section title tells the cities apart, and {nrel} Ostrey items "
             f"cite a Dunmore Flats incident (`Assisted Dunmore Flats PD on 26-NNNNN.`): those are related_numbers "
             f"(kind `mutual aid`) of the Ostrey record, not records of their own, and each is also the id of a "
             f"Dunmore Flats record.")
    return [entry(path, agency, "county records unit's compilation of two cities' incident logs",
                  "labelled blocks; numbered items", [(sa, a), (sb, b)], notes, "alike id shapes across sections")]


# 3 ------------------------------------------------------------------ Sable Bay dispatch: landscape section
def sablebay(d, r):
    agency = "Sable Bay Regional Communications Center, OR [invented]"
    foot, apply = foot_fn("SBRCC  \u00b7  public records packet  \u00b7  {p}/{n}")
    a = make_recs(r, datetime.datetime(2026, 2, 16), 7, (3, 5))
    numbering(a, r, lambda s: f"F26-{s:04d}", 440 + r.randint(0, 20))

    def hrs(t):
        return f"{t.month}/{t.day}/{t:%y} {t:%H%M} hrs"

    set_times(a, hrs)
    sa = {"title": "CITY OF FERROW POLICE [invented]", "layout": "free text", "numbering": "F26-NNNN",
          "sub": ["Press log, week of February 16, 2026", "Dispatched by Sable Bay Regional Communications Center"],
          "head": "Ferrow Police [invented]  \u00b7  Press log, week of February 16, 2026",
          "page_fmt": "Page {k} of {m}", "count": "Entries this week: {n}",
          "para": lambda x: (f"{x['case_number']}: {x['type']} at {x['location']}, reported {x['reported_at']}. "
                             + (f"Occurred {occ_text(x, 'at ', 'between {a} and {b}')}. " if x["occ"] else "")
                             + f"Disposition: {x['disposition']}.")}
    b = make_recs(r, datetime.datetime(2026, 2, 16), 7, (6, 9), short=True, upper=True, ranges=False)
    numbering(b, r, lambda s: f"GV26{s:05d}", 430 + r.randint(0, 30))
    for rec in b:
        rec["occ"] = None  # the CAD summary prints no occurred time
    set_times(b, dmy("%m/%d/%y %H:%M"))
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    for rec in b:
        rec["disposition"] = codes[rec["disposition"]]
        rec["beat"] = f"GV{r.randint(1, 6)}"
        rec["units"] = f"{r.randint(1, 4)}G{r.randint(10, 39)}"
        rec["dispatched"] = (rec["dt"] + datetime.timedelta(minutes=r.randint(1, 9))).strftime("%H:%M")
    cite(r, b, a, "mutual aid", 0.12, "{num}")
    sb = {"title": "GAULT VALLEY POLICE DEPARTMENT [invented]", "layout": "table with header (landscape)",
          "numbering": "GV26NNNNN", "landscape": True,
          "sub": ["CAD Event Summary  02/16/2026 00:00 - 02/22/2026 23:59  \u00b7  landscape report EVS-3",
                  "Sable Bay Regional Communications Center  \u00b7  555-0188"],
          "head": "Gault Valley PD [invented]  \u00b7  CAD Event Summary 02/16/2026 - 02/22/2026",
          "page_fmt": "Page {k} of {m}", "ruled": False, "count": "Events listed: {n}",
          "cols": [("Event No.", 50, lambda x: x["case_number"]), ("Received", 112, lambda x: x["reported_at"]),
                   ("Disp.", 184, lambda x: x["dispatched"]), ("Nature", 222, lambda x: x["type"]),
                   ("Address", 352, lambda x: x["location"]), ("Beat", 530, lambda x: x["beat"]),
                   ("Units", 566, lambda x: x["units"]), ("Disp", 610, lambda x: x["disposition"]),
                   ("Assist for", 650, lambda x: x.get("cite", ""))]}
    c = make_recs(r, datetime.datetime(2026, 2, 16), 7, (2, 4))
    numbering(c, r, lambda s: f"TH-26-{s:04d}", 80 + r.randint(0, 20))
    set_times(c, dmy("%m/%d/%Y %H:%M"))
    cite(r, c, b, "mutual aid", 0.15, "Assisted Gault Valley, event {num}.")
    sc = {"title": "TOLLAND HEIGHTS POLICE DEPARTMENT [invented]", "layout": "numbered items",
          "numbering": "TH-26-NNNN",
          "sub": ["Incident summary for the week of February 16, 2026", "Dispatch: Sable Bay RCC 555-0188"],
          "head": "Tolland Heights PD [invented]  \u00b7  week of February 16, 2026", "page_fmt": "Page {k} of {m}",
          "count": "Incidents in this summary: {n}",
          "para": lambda x: (f"{x['case_number']} {D} Reported {x['reported_at']}. {x['type']}, {x['location']}. "
                             + (f"Occurred {occ_text(x, '', '{a} to {b}')}. " if x["occ"] else "")
                             + (x["cite"] + " " if x.get("cite") else "") + f"Disposition: {x['disposition']}.")}
    sa["pages"] = render(sa, a, "prose", packet_foot=foot)
    sb["pages"] = render(sb, b, "table", size=LANDSCAPE, packet_foot=foot)
    sc["pages"] = render(sc, c, "numbered", packet_foot=foot)
    n = len(a) + len(b) + len(c)
    cov = cover([("SABLE BAY REGIONAL COMMUNICATIONS CENTER [invented]", "Helvetica-Bold", 12, 4),
                 ("Public records packet  \u00b7  request 26-R-0093  \u00b7  February 24, 2026", "Helvetica", 10, 14),
                 ("The Center dispatches for three police agencies. As requested, each agency's log for the week of "
                  "February 16, 2026 is enclosed as that agency's system prints it.", "Helvetica", 10, 10),
                 (f"1. City of Ferrow Police - press log ({len(a)} entries)", "Helvetica", 10, 0),
                 (f"2. Gault Valley PD - CAD event summary, landscape ({len(b)} events)", "Helvetica", 10, 0),
                 (f"3. Tolland Heights PD - incident summary ({len(c)} incidents)", "Helvetica", 10, 14),
                 ("Custodian of records, 555-0188.", "Helvetica", 10, 0)])
    cov[1].append((22, 50, foot, "Helvetica", 7.5))
    path = d / "sable-bay-rcc-records-packet-2026-02-16-22.pdf"
    assemble(path, [cov, sa, sb, sc], apply)
    assert 60 <= n <= 150, n
    nb = sum(len(x["rel"]) for x in b)
    nc = sum(len(x["rel"]) for x in c)
    notes = (f"A regional dispatch centre's packet for three agencies, cover page first. Section 1: Ferrow press "
             f"log in prose, one paragraph per entry starting with its id (`{a[0]['txt'][:60]}...`), {len(a)} entries, "
             f"portrait. Section 2: Gault Valley CAD event summary, a landscape table of 9 columns (`Event No.  "
             f"Received  Disp.  Nature  Address  Beat  Units  Disp  Assist for`), {len(b)} events with ids like "
             f"`{b[0]['case_number']}` (no dash), `Disp.` a dispatch time and `Disp` a disposition code. Section 3: "
             f"Tolland Heights numbered items, {len(c)} incidents, portrait. Trap: the Gault Valley pages are "
             f"landscape (792 x 612) between portrait pages; its `Assist for` column prints a Ferrow id on {nb} "
             f"rows, and {nc} Tolland Heights items say `Assisted Gault Valley, event GV26NNNNN.`: all are "
             f"related_numbers (kind `mutual aid`) of the citing record, not records. Each section restarts `Page "
             f"k of m`; the packet footer counts the whole PDF; the cover's request number 26-R-0093 is no record.")
    return [entry(path, agency, "regional dispatch centre's records packet for three police agencies",
                  "free text; table with header (landscape); numbered items", [(sa, a), (sb, b), (sc, c)], notes,
                  "landscape section among portrait pages")]


# 4 ------------------------------------------------------------------ Marlow County: a section without dates
def marlow(d, r):
    agency = "Marlow County Records Bureau, WA [invented]"
    a = make_recs(r, datetime.datetime(2026, 3, 9), 3, (12, 15))
    numbering(a, r, lambda s: f"BH26-{s:05d}", 300 + r.randint(0, 20))
    set_times(a, dmy("%m/%d/%Y %H:%M"))
    sa = {"title": "BRISK HARBOR POLICE DEPARTMENT [invented]", "layout": "numbered items", "numbering": "BH26-NNNNN",
          "sub": ["Incident Summary  03/09/2026 - 03/11/2026", "Provided through Marlow County Records Bureau 555-0151"],
          "head": "Brisk Harbor PD [invented]  \u00b7  Incident Summary 03/09/2026 - 03/11/2026",
          "page_fmt": "Page {k} of {m}", "count": "Total incidents: {n}",
          "para": lambda x: (f"{x['case_number']} {D} {x['reported_at']} {D} {x['type']} {D} {x['location']}. "
                             + (f"Occurred {occ_text(x, '', '{a} - {b}')}. " if x["occ"] else "")
                             + f"Disposition: {x['disposition']}.")}
    b = make_recs(r, datetime.datetime(2026, 3, 9), 3, (7, 10))
    numbering(b, r, lambda s: f"ET-26-{s:04d}", 140 + r.randint(0, 10))
    set_times(b, dmy("%m/%d/%y %H:%M"))
    sb = {"title": "ELLERY TOWNSHIP POLICE [invented]", "layout": "labelled blocks", "numbering": "ET-26-NNNN",
          "sub": ["Blotter  March 9 - 11, 2026", "Provided through Marlow County Records Bureau 555-0151"],
          "head": "Ellery Township Police [invented]  \u00b7  Blotter March 9 - 11, 2026",
          "page_fmt": "- {k} -", "count": "Blotter entries: {n}",
          "block": lambda x: [("Report No.", x["case_number"]), ("Received", x["reported_at"]),
                              ("Call type", x["type"]), ("Where", x["location"]),
                              ("When", occ_text(x, none="not known", between="{a} - {b}")),
                              ("Result", x["disposition"])]}
    c = make_recs(r, datetime.datetime(2026, 3, 10), 1, (26, 30), short=True, ranges=False)
    numbering(c, r, lambda s: f"Q26-{s:03d}", 140 + r.randint(0, 10))
    for rec in c:
        rec["reported_at"] = rec["dt"].strftime("%H%M")
        if rec["occ"]:
            rec["occurred_at"] = rec["occ"][1].strftime("%H%M")
        rec["unit"] = f"Q{r.randint(1, 9)}"
    sc = {"title": "VILLAGE OF QUENBY POLICE [invented]", "layout": "table with header, no dates in the rows",
          "numbering": "Q26-NNN",
          "sub": ["Daily Log  \u00b7  Tuesday, March 10, 2026", "Provided through Marlow County Records Bureau 555-0151"],
          "head": "Village of Quenby Police [invented]  \u00b7  Daily Log, Tuesday, March 10, 2026",
          "page_fmt": "Page {k} of {m}", "ruled": True, "count": "Log entries for the day: {n}",
          "cols": [("Time", 50, lambda x: x["reported_at"]), ("Log No.", 90, lambda x: x["case_number"]),
                   ("Occ.", 146, lambda x: x.get("occurred_at", "")), ("Nature", 184, lambda x: x["type"]),
                   ("Location", 300, lambda x: x["location"]), ("Unit", 430, lambda x: x["unit"]),
                   ("Disposition", 462, lambda x: x["disposition"])]}
    sa["pages"] = render(sa, a, "numbered")
    sb["pages"] = render(sb, b, "blocks")
    sc["pages"] = render(sc, c, "table")
    path = d / "marlow-county-incident-logs-2026-03-09-11.pdf"
    assemble(path, [sa, sb, sc])
    n = len(a) + len(b) + len(c)
    assert 60 <= n <= 150, n
    notes = (f"Three agencies' logs for March 9-11, 2026 forwarded by a county records bureau in one PDF, no "
             f"cover, each section starting on a new page with its own title block. Section 1: Brisk Harbor "
             f"numbered items (`1. {a[0]['case_number']} {D} {a[0]['reported_at']} {D} ...`), {len(a)} incidents. "
             f"Section 2: Ellery Township labelled blocks (`Report No.`, `Received`, `Call type`, `Where`, `When`, "
             f"`Result`), {len(b)} entries, page numbers `- k -`. Section 3: Village of Quenby daily log, a ruled "
             f"table with the time first (`Time  Log No.  Occ.  Nature  Location  Unit  Disposition`), {len(c)} "
             f"entries. Trap: the Quenby rows carry no date at all, only 4-digit times (`{c[0]['reported_at']}`); "
             f"the date is printed once, in the section title (`Daily Log \u00b7 Tuesday, March 10, 2026`) and "
             f"running head, and the other two sections cover March 9-11, so a date carried over from the "
             f"previous section (03/11/26) would be wrong. The Quenby id is the second column, not the first. "
             f"reported_at and occurred_at of Quenby records are given as printed (`HHMM`).")
    return [entry(path, agency, "county records bureau's bundle of three agencies' logs",
                  "numbered items; labelled blocks; table with header", [(sa, a), (sb, b), (sc, c)], notes,
                  "a section whose records carry no dates")]


# 5 ------------------------------------------------------------------ Northfork: four sections, attachments
def northfork(d, r):
    agency = "Northfork Consolidated Records Authority, ID [invented]"
    a = make_recs(r, datetime.datetime(2026, 1, 12), 7, (4, 7), short=True, upper=True)
    numbering(a, r, lambda s: f"CF26-{s:06d}", 400 + r.randint(0, 20))
    set_times(a, dmy("%m/%d/%y %H:%M"))
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    for rec in a:
        rec["disposition"] = codes[rec["disposition"]]
    sa = {"title": "CRAY FALLS POLICE DEPARTMENT [invented]", "layout": "other: line-printer report",
          "numbering": "CF26-NNNNNN",
          "sub": ["RMS INCIDENT LISTING  RPT-IL7  PERIOD 01/12/26-01/18/26", "ATTACHMENT A  \u00b7  RECORDS 555-0164"],
          "head": "CRAY FALLS PD [invented]  RMS INCIDENT LISTING  01/12/26-01/18/26", "page_fmt": "PAGE {k} OF {m}",
          "count": "TOTAL INCIDENTS: {n}",
          "heads": ["INCIDENT      REPORTED        NATURE                    LOCATION",
                    "              OCCURRED                        DISP  BADGE", "-" * 90],
          "lines": lambda x: [f"{x['case_number']:<14}{x['reported_at']:<16}{x['type'][:25]:<26}{x['location']}",
                              f"{'':14}{occ_text(x, between='{a}-{b}'):<32}{x['disposition']:<6}{x['badge']}"]}
    b = make_recs(r, datetime.datetime(2026, 1, 12), 7, (3, 5), short=True)
    numbering(b, r, lambda s: f"26-{s:05d}", 120 + r.randint(0, 20))
    for rec in b:
        rec["occ"] = None  # the case log prints no occurred time
    set_times(b, dmy("%m/%d/%y %H:%M"))
    cite(r, b, a, "mutual aid", 0.15, "{num}")
    sb = {"title": "LUSK POLICE DEPARTMENT [invented]", "layout": "table with header", "numbering": "26-NNNNN",
          "sub": ["Case Log  January 12-18, 2026", "Attachment B  \u00b7  Records 555-0165"],
          "head": "Lusk PD [invented]  \u00b7  Case Log January 12-18, 2026", "page_fmt": "Page {k} of {m}",
          "ruled": True, "count": "Cases listed: {n}",
          "cols": [("Case", 50, lambda x: x["case_number"]), ("Reported", 100, lambda x: x["reported_at"]),
                   ("Type", 164, lambda x: x["type"]), ("Location", 254, lambda x: x["location"]),
                   ("Disposition", 384, lambda x: x["disposition"]), ("Assisted", 488, lambda x: x.get("cite", ""))]}
    c = make_recs(r, datetime.datetime(2026, 1, 12), 7, (2, 4))
    numbering(c, r, lambda s: f"C26-{s:04d}-PD", 30 + r.randint(0, 10))
    set_times(c, dmy("%m/%d/%Y %H:%M"))
    cite(r, c, b, "mutual aid", 0.2, "Mutual aid: assisted Lusk PD case {num}")
    sc = {"title": "CITY OF MERRIAM POLICE DEPARTMENT [invented]", "layout": "labelled blocks",
          "numbering": "C26-NNNN-PD",
          "sub": ["Incident Register  01/12/2026 - 01/18/2026", "Attachment C  \u00b7  Records 555-0166"],
          "head": "Merriam PD [invented]  \u00b7  Incident Register 01/12/2026 - 01/18/2026",
          "page_fmt": "Page {k} of {m}", "count": "Register entries: {n}",
          "block": lambda x: ([("Incident", x["case_number"]), ("Reported", x["reported_at"]),
                               ("Offense", x["type"]), ("Location", x["location"]),
                               ("Occurred", occ_text(x, none="-", between="{a} to {b}")),
                               ("Disposition", x["disposition"])]
                              + ([("Note", x["cite"])] if x.get("cite") else []))}
    e = make_recs(r, datetime.datetime(2026, 1, 13), 6, (1, 3))
    numbering(e, r, lambda s: f"V-26-{s:03d}", 10 + r.randint(0, 5))

    def vfmt(t):
        return f"{t:%a} {t.month}/{t.day} {t:%H%M}"

    set_times(e, vfmt)
    for rec in e:
        rec["disposition"] = rec["disposition"].lower()
    cite(r, e, a + c, "mutual aid", 0.25, "assisted {num};")
    se = {"title": "VARN JUNCTION TOWN POLICE [invented]", "layout": "free text", "numbering": "V-26-NNN",
          "sub": ["Chief's weekly report to council, January 12-18, 2026", "Attachment D"],
          "head": "Varn Junction", "page_fmt": "Page {k} of {m}", "count": "Calls this week: {n}",
          "para": lambda x: (f"{x['case_number']} ({x['reported_at']}) {D} {x['type']} at {x['location']}; "
                             + (f"occurred {occ_text(x, '', '{a} to {b}')}; " if x["occ"] else "")
                             + (x["cite"] + " " if x.get("cite") else "") + f"{x['disposition']}.")}
    sa["pages"] = render(sa, a, "printer")
    sb["pages"] = render(sb, b, "table")
    sc["pages"] = render(sc, c, "blocks")
    se["pages"] = render(se, e, "prose")
    idx = cover([("NORTHFORK CONSOLIDATED RECORDS AUTHORITY [invented]", "Helvetica-Bold", 12, 4),
                 ("Index of attachments  \u00b7  records request NCRA-26-0031", "Helvetica", 10, 14),
                 (f"Attachment A - Cray Falls PD RMS incident listing ({len(a)} incidents)", "Helvetica", 10, 0),
                 (f"Attachment B - Lusk PD case log ({len(b)} cases)", "Helvetica", 10, 0),
                 (f"Attachment C - City of Merriam PD incident register ({len(c)} entries)", "Helvetica", 10, 0),
                 (f"Attachment D - Varn Junction weekly report ({len(e)} calls)", "Helvetica", 10, 14),
                 ("Each attachment is numbered on its own. Records unit 555-0160.", "Helvetica", 10, 0)])
    path = d / "northfork-cra-attachments-NCRA-26-0031.pdf"
    assemble(path, [idx, sa, separator("B", "Lusk Police Department [invented] - Case Log", ""), sb,
                    separator("C", "City of Merriam Police Department [invented] - Incident Register", ""), sc,
                    separator("D", "Varn Junction Town Police [invented] - Weekly Report", ""), se])
    n = len(a) + len(b) + len(c) + len(e)
    assert 60 <= n <= 160, n
    nrel = sum(len(x["rel"]) for x in b + c + e)
    notes = (f"An index page and four attachments, each behind an `ATTACHMENT B/C/D` separator page (A follows the "
             f"index), each with its own title block, numbering scheme and restarting page numbers. A: Cray Falls "
             f"line-printer listing in Courier capitals, two lines per incident (`{a[0]['case_number']}` ...), "
             f"`PAGE k OF m`, {len(a)} incidents. B: Lusk ruled table with an `Assisted` column, ids `26-NNNNN`, "
             f"{len(b)} cases. C: Merriam labelled blocks, ids `C26-NNNN-PD`, {len(c)} entries. D: Varn Junction prose "
             f"paragraphs, ids `V-26-NNN`, {len(e)} calls. Trap: four numbering schemes and four layouts in one PDF, "
             f"separator pages with no records, `Page 1 of m` printed once per section, and {nrel} records citing "
             f"another section's id as mutual aid (Lusk's `Assisted` column with a Cray Falls id, Merriam's "
             f"`Note  Mutual aid: assisted Lusk PD case 26-NNNNN`, Varn Junction's `; assisted C26-NNNN-PD;` naming a Merriam or Cray Falls id): those "
             f"are related_numbers (kind `mutual aid`), not records.")
    return [entry(path, agency, "records authority's response: index and four attachments, one per agency",
                  "other: line-printer report; table with header; labelled blocks; free text",
                  [(sa, a), (sb, b), (sc, c), (se, e)], notes, "four sections behind separator pages, cross-cited")]


AGENCIES = [("corvane-valley-jpa-ca", 1, corvane), ("kessock-county-records-nv", 2, kessock),
            ("sable-bay-rcc-or", 3, sablebay), ("marlow-county-records-wa", 4, marlow),
            ("northfork-cra-id", 5, northfork)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
