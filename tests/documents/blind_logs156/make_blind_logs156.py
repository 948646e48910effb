"""Generate a held-out set of incident-log tables with tight gutters and cut values (blind_logs156).

Five agencies, five layouts, one trap each: a 6-point call table whose incident number touches the
call-type code of the next column (no space between them in the text layer) and whose other cells are
clipped at the cell edge; a form print in labelled blocks whose label cells are so narrow that
"Incident No." and "Incident Ref." both print as `Incide`, the reference carrying an earlier incident
number; a two-column prose bulletin in 6.5-point Courier with a one-character gutter, so that every
text line holds two entries' text; numbered paragraphs whose item number touches the incident number
(`12.25-4819`) and whose remarks are shortened with an ellipsis; a fixed-width line-printer listing
whose cut values are printed again in full, with their incident numbers, in an appendix. Everything
is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs156/make_blind_logs156.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260156
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment"]
CODES = {"Burglary - residential": "BURR", "Burglary - commercial": "BURC", "Theft from vehicle": "TFMV",
         "Theft - shoplifting": "SHOP", "Vandalism": "VAND", "Disturbance": "DIST", "Domestic dispute": "DOME",
         "Suspicious person": "SUSP", "Suspicious vehicle": "SUSV", "Welfare check": "WELF",
         "Alarm - commercial": "ALRM", "Trespass": "TRES", "Assault": "ASLT", "Fraud - bank card": "FRAU",
         "Found property": "FOUN", "Noise complaint": "NOIS", "Missing person - located": "MISS",
         "Harassment": "HARA"}
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival", "Referred to code enforcement"]
STREETS = ["Alder Run Road", "Bellwether Street", "Cordage Lane", "Drover Avenue", "Eskerton Drive",
           "Flintlock Court", "Gannet Way", "Hollyhock Street", "Ironbark Road", "Juniper Hollow Lane",
           "Kestrel Avenue", "Lamplighter Drive"]
PLACES = ["Shoals Crossing shopping center", "Park-and-ride lot north end", "Community recreation center",
          "Middle school athletic fields", "Public library rear parking lot"]
NARR = ["Caller reported the matter by phone and asked for a call back.",
        "Officer checked the area and spoke with the complainant.", "No suspect description was available.",
        "Neighbors were contacted and one camera was found facing the scene.",
        "Property owner will forward receipts and serial numbers.", "Complainant declined to sign a statement.",
        "Scene photographed and the photos uploaded to the case file.",
        "Subject left before the officer arrived and was not located.",
        "A business card with the case number was left with the reporting party.",
        "Parties were separated and each gave a short account."]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r):
    k = r.random()
    if k < 0.55:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def hhmm(t):
    return t.strftime("%H%M")


def clip(text, font, size, width):
    """The part of text that fits the cell, cut at the cell edge (no mark)."""
    out = ""
    for ch in text:
        if stringWidth(out + ch, font, size) > width:
            break
        out += ch
    return out.rstrip()


def ellipsize(text, font, size, width, mark="\u2026"):
    """text when it fits, else the longest head that fits with an ellipsis after it."""
    if stringWidth(text, font, size) <= width:
        return text
    out = ""
    for ch in text:
        if stringWidth(out + ch + mark, font, size) > width:
            break
        out += ch
    return out.rstrip() + mark


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


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size, align); a text of None draws a rule at y
    from x to the page width minus x; align "R" right-aligns the text at x."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs, align in items:
            if text is None:
                c.setLineWidth(0.4)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            if align == "R":
                c.drawRightString(x, y, text)
            else:
                c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs156.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs156.py) from the records it drew; "
                               "checked by check_blind_logs156.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead[, align]) lines on the current
    page, breaking to a new page when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for line in lines:
            x, text, font, fs, lead = line[:5]
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs, line[5] if len(line) > 5 else "L"))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return [[it for it in p if it[2] != ""] for p in pages]

    return add, finish


def unique(r, lo, hi, used):
    while True:
        x = r.randint(lo, hi)
        if x not in used:
            used.add(x)
            return x


# 1 ------------------------------------------------------------------ Fenmore Shoals, NC: 6-point table, id touches code
def fenmore(d, r):
    agency = "Fenmore Shoals Police Department, NC [invented]"
    n = 128
    F, B, S, L = "Helvetica", "Helvetica-Bold", 6, 7.4
    recs, serial, used = [], 8400 + r.randint(0, 60), set()
    for t in stamps(r, datetime.datetime(2025, 11, 3), n, 7):
        serial += r.choice([1, 1, 1, 1, 2])
        typ = r.choice(TYPES)
        rel = []
        if r.random() < 0.2:
            rel.append(("prior_case", f"25-{unique(r, 5100, 8350, used):06d}"))
        recs.append({"case_number": f"25-{serial:06d}", "reported_at": f"{t.strftime('%m/%d/%y')} {hhmm(t)}",
                     "type": typ, "location": location(r), "disposition": r.choice(DISPS), "rel": rel,
                     "code": CODES[typ], "beat": f"B{r.randint(1, 6)}"})
    idw = stringWidth("25-000000", F, S)
    cdw = max(stringWidth(c, F, S) for c in CODES.values())
    x = [30.0]
    x.append(x[0] + idw + 0.3)                                   # Cd touches Inc#
    for w in (cdw, stringWidth("11/03/25", F, S), stringWidth("0000", F, S), stringWidth("B6", F, S), 52, 80, 48):
        x.append(x[-1] + w + 1.8)
    wid = {5: 52, 6: 80, 7: 48}
    head = ["Inc#", "Cd", "Dt", "Tm", "Bt", "Nature", "Location", "Disp", "Rel#"]

    def header(k):
        items = [(792 - 36, 30, "FENMORE SHOALS POLICE DEPARTMENT [invented] - CALLS FOR SERVICE, 11/03/25 - 11/09/25",
                  B, 9, "L"),
                 (792 - 46, 30, "Printed 11/10/25 0702 from the records system. Records desk 555-0171.", F, 6.5, "L")]
        items += [(792 - 58, xx, h, B, S, "L") for xx, h in zip(x, head)]
        items.append((792 - 60.5, 30, None, F, S, "L"))
        return items

    add, finish = paginate(header, lambda k, m: [(24, 30, f"FSPD CFS {k}/{m}", F, 6, "L")], 792 - 68, 40)
    for rec in recs:
        date, time = rec["reported_at"].split()
        for key, k in (("type", 5), ("location", 6), ("disposition", 7)):
            rec[key] = clip(rec[key], F, S, wid[k])
        vals = [rec["case_number"], rec["code"], date, time, rec["beat"], rec["type"], rec["location"],
                rec["disposition"], rec["rel"][0][1] if rec["rel"] else ""]
        add([(xx, v, F, S, 0) for xx, v in zip(x, vals)] + [(0, "", F, S, L)])
    add([(30, None, F, S, 8), (30, f"Rows printed: {n}", B, 6.5, 9)])
    legend = "Cd: " + "; ".join(f"{c} = {t}" for t, c in sorted(CODES.items(), key=lambda kv: kv[1])) + "."
    add([(30, ln, F, 6, 7.5) for ln in wrap(legend, F, 6, 540)])
    pages = finish()
    path = d / "fenmore-shoals-calls-for-service-2025-11-03.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("code")
        rec.pop("beat")
    return [entry(path, agency, "weekly calls-for-service table", "table with header", recs,
                  "A 6-point table with abbreviated titles (`Inc#`, `Cd`, `Dt`, `Tm`, `Bt`, `Nature`, `Location`, "
                  "`Disp`, `Rel#`) and gutters of under 2 points, one row per incident. Trap: the incident number "
                  "column is exactly as wide as the number and the four-letter call-type code of the next column "
                  "starts 0.3 point after it, so the text layer reads `25-008446MISS` with no space on every row; "
                  "`Nature`, `Location` and `Disp` are clipped at the cell edge without a mark (`Burglary - residenti`, "
                  "`4200 block of Hollyhock Stree`); some rows end with an earlier incident in `Rel#` of the id's "
                  "shape, set off by a space. Ends `Rows printed: N` and the code legend.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Tessler County, NE: form blocks, cut labels
def tessler(d, r):
    agency = "Tessler County Sheriff's Office, NE [invented]"
    days = [datetime.datetime(2025, 11, 10) + datetime.timedelta(days=k) for k in range(14)]
    F, S, LEAD = "Helvetica", 7, 8.6
    LW, VW = 21.5, 92                       # label cell, value cell
    X = [40, 40 + LW + 2.2, 40 + LW + 2.2 + VW + 2.6]
    X.append(X[2] + LW + 2.2)
    recs, serial, used = [], 4700 + r.randint(0, 80), set()
    for day in days:
        for m in sorted(r.sample(range(20, 1420), r.randint(3, 6))):
            t = day + datetime.timedelta(minutes=m)
            serial += r.choice([1, 1, 2, 3])
            rel = []
            if r.random() < 0.27:
                rel.append(("incident_ref", f"2025-{unique(r, 1200, 4650, used):06d}"))
            recs.append({"case_number": f"2025-{serial:06d}", "reported_at": f"{t.strftime('%m/%d/%y')} {hhmm(t)} hrs",
                         "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS),
                         "rel": rel, "beat": str(r.randint(1, 9)), "badge": str(r.randint(3100, 3199)),
                         "relation": r.choice(["Follow-up", "Same address", "Same suspect", "Repeat caller",
                                               "Prior report"])})
    n = len(recs)
    assert 40 <= n <= 150

    def lab(s):
        return clip(s, F, S, LW)

    def header(k):
        return [(792 - 40, 40, "TESSLER COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11, "L"),
                (792 - 52, 40, "Incident form print, 11/10/25 through 11/23/25, form IF-2 (narrow). Records 555-0184.", F, 7.5, "L"),
                (792 - 56, 40, None, F, 7, "L")]

    add, finish = paginate(header, lambda k, m: [(28, 40, f"TCSO form print - page {k} of {m}", F, 7, "L")],
                           792 - 70, 46)
    for rec in recs:
        rec["type"] = ellipsize(rec["type"], F, S, VW)
        rec["location"] = ellipsize(rec["location"], F, S, VW)
        rec["disposition"] = ellipsize(rec["disposition"], F, S, VW)
        rows = [[("Incident No.", rec["case_number"]), ("Received", rec["reported_at"])],
                [("Nature", rec["type"]), ("Beat", rec["beat"])],
                [("Location", rec["location"]), ("Officer", rec["badge"])]]
        if rec["rel"]:
            rows.append([("Incident Ref.", rec["rel"][0][1]), ("Relation", rec["relation"])])
        rows.append([("Disposition", rec["disposition"])])
        lines = []
        for row in rows:
            for j, (a, b) in enumerate(row):
                lines += [(X[2 * j], lab(a), F, S, 0), (X[2 * j + 1], b, F, S, 0)]
            lines.append((0, "", F, S, LEAD))
        lines.append((40, None, F, S, 4))
        add(lines, gap=5)
    add([(40, f"Incidents on this print: {n}", "Helvetica-Bold", 8, 10)])
    pages = finish()
    path = d / "tessler-county-incident-forms-2025-11-10-23.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("beat", "badge", "relation"):
            rec.pop(k)
    return [entry(path, agency, "two-week incident form print", "labelled blocks", recs,
                  "One block per incident in 7-point type; label cells 21.5 points wide cut every label at the cell "
                  "edge (`Incide`, `Receiv`, `Locati`, `Dispos`, `Relati`), value cells cut long values with an "
                  "ellipsis (`Alder Run Road and Lampl\u2026`). Lines: `Incide 2025-004746 Receiv 11/10/25 0744 "
                  "hrs`, `Nature ... Beat 5`, `Locati ... Officer 3121`, then in some blocks `Incide 2025-002628 "
                  "Relati Follow-up`, then `Dispos ...`. Trap: `Incident No.` and `Incident Ref.` both print as "
                  "`Incide`, so blocks with a reference carry two incident numbers under the same label; the "
                  "first is the record's id, the second an earlier incident (not in this print) listed as "
                  "related. Ends `Incidents on this print: N`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Quenby Flats, AZ: two-column prose, 1-char gutter
QF_COLS = 66                                                    # characters per column; the gutter is one


def quenby(d, r):
    agency = "Quenby Flats Police Department, AZ [invented]"
    F, S, LEAD = "Courier", 6.5, 7.6
    CW = stringWidth("M", F, S)
    days = [datetime.datetime(2025, 10, 27) + datetime.timedelta(days=k) for k in range(7)]
    recs, serial, used, flow = [], 11800 + r.randint(0, 99), set(), []
    for day in days:
        flow.append(("head", f"== {day.strftime('%a').upper()} {day.strftime('%m/%d/%y')} =="))
        for m in sorted(r.sample(range(10, 1430), r.randint(11, 14))):
            t = day + datetime.timedelta(minutes=m)
            serial += r.choice([1, 1, 1, 2])
            cid = f"25-{serial:05d}"
            typ = r.choice(TYPES).upper()
            loc = location(r)
            disp = r.choice(DISPS).lower()
            narr = r.sample(NARR, r.randint(1, 3))
            cited = None
            if r.random() < 0.3:
                cited = f"25-{unique(r, 10100, 11790, used):05d}"
                narr.insert(r.randint(0, len(narr)), f"See also {cited}.")
            text = (f"{t.strftime('%m/%d')} {hhmm(t)} {cid} {typ} at {loc}. Disp: {disp}. Officer "
                    f"{r.randint(6100, 6199)}. " + " ".join(narr))
            lines = textwrap.wrap(text, QF_COLS, break_long_words=False, break_on_hyphens=False)
            if len(lines) > 4:                                   # narratives cut at four lines
                lines = lines[:4]
                lines[3] = lines[3][:QF_COLS - 3].rstrip() + "..."
            printed = " ".join(lines)
            rel = [("see_also", cited)] if cited and f"{cited}." in printed else []
            recs.append({"case_number": cid, "reported_at": f"{t.strftime('%m/%d')} {hhmm(t)}", "type": typ,
                         "location": loc, "disposition": disp, "rel": rel})
            flow.append(("rec", lines))
    n = len(recs)
    assert 40 <= n <= 150
    top, bottom = 792 - 64, 40
    per_col = int((top - bottom) / LEAD)
    xs = [40, 40 + (QF_COLS + 1) * CW]
    cols, cur = [], []
    for kind, body in flow:
        lines = [body] if kind == "head" else body
        if kind == "head" and cur and len(cur) > per_col - 3:   # no heading at a column foot
            cur += [""] * (per_col - len(cur))
        if cur and len(cur) < per_col and cur[-1] != "":
            cur.append("")
        for ln in lines:
            if len(cur) == per_col:
                cols.append(cur)
                cur = []
            cur.append(ln)
    cols.append(cur)
    if len(cols) % 2:
        cols.append([])
    pages = []
    npages = len(cols) // 2
    for p in range(npages):
        items = [(792 - 36, 40, "QUENBY FLATS POLICE DEPARTMENT [invented] -- DAILY BULLETIN, WEEK OF 10/27/25", "Courier-Bold",
                  8, "L"),
                 (792 - 46, 40, "Narratives over four lines are cut. Desk 555-0126.", F, S, "L"),
                 (24, 40, f"QFPD bulletin  {p + 1}/{npages}", F, S, "L")]
        for c, col in enumerate(cols[2 * p:2 * p + 2]):
            for i, ln in enumerate(col):
                if ln:
                    font = "Courier-Bold" if ln.startswith("== ") else F
                    items.append((top - i * LEAD, xs[c], ln, font, S, "L"))
        pages.append(items)
    pages[-1].append((top - (len(cols[-1]) + 1) * LEAD if cols[-1] else 32, xs[1] if cols[-1] else 300,
                      f"Entries this week: {n}", "Courier-Bold", S, "L"))
    path = d / "quenby-flats-daily-bulletin-2025-10-27.pdf"
    draw(path, letter, pages)
    return [entry(path, agency, "weekly two-column daily bulletin", "free text", recs,
                  "Prose entries in 6.5-point Courier set in two columns of 66 characters with a one-character "
                  "gutter, under day headings `== MON 10/27/25 ==`; each entry opens `10/27 0011 25-11866 FRAUD - "
                  "BANK CARD at ... Disp: referred to code enforcement. Officer 6156. ...`, and narratives over four lines are cut "
                  "with `...`. Trap: the gutter is one character, so every text line of the page holds a line of "
                  "the left column and a line of the right column side by side with only a space between them where "
                  "the left line is full; the right column's entries start in the middle of a text line, and "
                  "reading lines across mixes two entries. Order is down the left column, then down the right. Some entries cite "
                  "an earlier incident (`See also 25-10675.`, listed as related; cut ones are not). Ends `Entries "
                  "this week: N`.",
                  "entries counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Osgood Mills, VT: numbered, item number touches id
def osgood(d, r):
    agency = "Osgood Mills Police Department, VT [invented]"
    n = 93
    F, S, LEAD, W = "Times-Roman", 7.5, 8.8, 500
    XN, XT = 56, 56.35
    recs, serial, used = [], 4790 + r.randint(0, 30), set()
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 15):
        serial += r.choice([1, 1, 2, 3])
        rel = []
        narr = r.sample(NARR, r.randint(1, 4))
        if r.random() < 0.22:
            rel.append(("prior_case", f"25-{unique(r, 3300, 4780, used):04d}"))
            narr.insert(0, f"Prior {rel[0][1]}.")
        recs.append({"case_number": f"25-{serial:04d}", "reported_at": f"{t.strftime('%a %m/%d')} {hhmm(t)}",
                     "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS), "rel": rel,
                     "car": r.randint(11, 29), "narr": " ".join(narr)})

    def header(k):
        return [(792 - 40, 40, "OSGOOD MILLS POLICE DEPARTMENT [invented]", "Times-Bold", 12, "L"),
                (792 - 51, 40, "Incident summary, November 1-15, 2025. Remarks are shortened to two lines. Dispatch "
                               "555-0192.", "Times-Italic", 8, "L")]

    add, finish = paginate(header, lambda k, m: [(28, 40, f"OMPD summary - {k} of {m}", F, 7, "L")], 792 - 68, 44)
    for i, rec in enumerate(recs, 1):
        txt = (f"{rec['case_number']} {rec['reported_at']}. {rec['type']}, {rec['location']}. Disp: "
               f"{rec['disposition']}. Car {rec['car']}. {rec['narr']}")
        lines = wrap(txt, F, S, W)
        if len(lines) > 2:
            rest = " ".join(lines[1:])
            lines = [lines[0], ellipsize(rest, F, S, W)]
        printed = " ".join(lines)
        rec["rel"] = [x for x in rec["rel"] if f"Prior {x[1]}." in printed]
        add([(XN, f"{i}.", F, S, 0, "R")] + [(XT, ln, F, S, LEAD) for ln in lines], keep=True, gap=2.2)
    add([(40, f"Items: {n}", "Times-Bold", 8.5, 10)])
    pages = finish()
    path = d / "osgood-mills-incident-summary-2025-11-01-15.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("car")
        rec.pop("narr")
    return [entry(path, agency, "half-month incident summary", "numbered paragraphs", recs,
                  "Numbered paragraphs in 7.5-point Times, `12.25-4819 Sun 11/02 1547. Suspicious person, "
                  "Park-and-ride lot north end. Disp: Citation issued. Car 29. ...`, two lines at most, the remarks "
                  "shortened with an ellipsis. Trap: the item numbers are right-aligned in a margin that ends 0.35 "
                  "point before the text, so the text layer reads `12.25-4819` with no space: item number and "
                  "incident number touch and look like a decimal number followed by `-4819`. Items run 1..N. Some "
                  "remarks cite an earlier incident (`Prior 25-4624.`, listed as related). Ends `Items: N`.",
                  "paragraphs counted by the generator; the item numbers and the closing line give the count")]


# 5 ------------------------------------------------------------------ Wickerby Junction, IA: listing with cut-value appendix
WJ = [("INC#", 8), ("DT", 8), ("TM", 4), ("CAD#", 10), ("NAT", 20), ("LOC", 32), ("DISP", 18), ("BDG", 4)]


def wickerby(d, r):
    agency = "Wickerby Junction Police Department, IA [invented]"
    n = 117
    F, S, LEAD = "Courier", 6.2, 7.2
    recs, serial, cad = [], 410 + r.randint(0, 40), 20000 + r.randint(0, 500)
    for t in stamps(r, datetime.datetime(2025, 10, 20), n, 7):
        serial += r.choice([1, 1, 1, 2])
        cad += r.randint(2, 9)
        loc = location(r).upper()
        if r.random() < 0.3:
            loc += r.choice([", REAR LOT", ", APT 2", ", NORTH ENTRANCE", ", LOADING DOCK"])
        recs.append({"case_number": f"25-{serial:05d}", "reported_at": f"{t.strftime('%m/%d/%y')} {hhmm(t)}",
                     "type": r.choice(TYPES).upper(), "location": loc, "disposition": r.choice(DISPS).upper(),
                     "rel": [("cad", f"C25-{cad:06d}")], "badge": str(r.randint(5200, 5299))})

    def cut(s, w):
        return s if len(s) <= w else s[:w - 3].rstrip() + "..."

    rows, over = [], []
    for rec in recs:
        full = {"NAT": rec["type"], "LOC": rec["location"], "DISP": rec["disposition"]}
        for k, key in (("NAT", "type"), ("LOC", "location"), ("DISP", "disposition")):
            rec[key] = cut(full[k], dict(WJ)[k])
            if rec[key] != full[k]:
                over.append((rec["case_number"], k, full[k]))
        date, time = rec["reported_at"].split()
        vals = [rec["case_number"], date, time, rec["rel"][0][1], rec["type"], rec["location"], rec["disposition"],
                rec["badge"]]
        rows.append(" ".join(v.ljust(w) for v, (_, w) in zip(vals, WJ)).rstrip())
    title = " ".join(h.ljust(w) for h, w in WJ).rstrip()
    cut_recs = len({o[0] for o in over})

    def header(k):
        return [(792 - 34, 36, "WICKERBY JUNCTION PD [invented]   INCIDENT LISTING   10/20/25 THRU 10/26/25", "Courier-Bold",
                 7.5, "L"),
                (792 - 43, 36, "FIELDS CUT TO WIDTH ARE MARKED ... AND LISTED IN FULL AT THE END.  RECORDS 555-0145",
                 F, S, "L"),
                (792 - 55, 36, title, "Courier-Bold", S, "L"),
                (792 - 57.5, 36, None, F, S, "L")]

    add, finish = paginate(header, lambda k, m: [(22, 36, f"PAGE {k:03d} OF {m:03d}", F, S, "L")], 792 - 66, 36)
    for row in rows:
        add([(36, row, F, S, LEAD)])
    add([(36, f"RECORDS LISTED: {n}", "Courier-Bold", S, LEAD * 2)])
    add([(36, "VALUES CUT ON THIS LISTING - FULL TEXT", "Courier-Bold", S, LEAD * 1.5)])
    for cid, k, full in over:
        add([(36, f"{cid.ljust(8)} {k.ljust(4)} {full}", F, S, LEAD)])
    add([(36, f"VALUES CUT: {len(over)} ON {cut_recs} RECORDS", "Courier-Bold", S, LEAD * 1.5)])
    pages = finish()
    path = d / "wickerby-junction-incident-listing-2025-10-20.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
    return [entry(path, agency, "weekly fixed-width incident listing", "other: fixed-width listing with a cut-value "
                  "appendix", recs,
                  "Line-printer listing in 6.2-point Courier, fields of fixed width separated by one space under "
                  "abbreviated titles (`INC#`, `DT`, `TM`, `CAD#`, `NAT`, `LOC`, `DISP`, `BDG`); values longer than "
                  "their field are cut and end `...` (`LAMPLIGHTER DRIVE AND DROVER...`). Trap: after `RECORDS LISTED: N` "
                  "the listing prints `VALUES CUT ON THIS LISTING - FULL TEXT`, one line per cut value with the "
                  "record's incident number again (`25-00437 LOC  LAMPLIGHTER DRIVE AND DROVER AVENUE, REAR LOT`), so the "
                  "incident numbers of cut records are printed two to four times; those lines are no records. "
                  "CAD numbers `C25-020351` (listed as related) stand beside every id. Ends `VALUES CUT: K ON M "
                  "RECORDS`. Sample values are as printed on the record's own line.",
                  "listing lines counted by the generator; `RECORDS LISTED: N` gives the total")]


AGENCIES = [("fenmore-shoals-nc-pd", 1, fenmore), ("tessler-county-ne-so", 2, tessler),
            ("quenby-flats-az-pd", 3, quenby), ("osgood-mills-vt-pd", 4, osgood),
            ("wickerby-junction-ia-pd", 5, wickerby)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
