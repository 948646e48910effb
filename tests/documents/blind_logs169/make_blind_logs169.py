"""Generate a held-out set of incident logs inside CPRA response packets (blind_logs169).

Five agencies, five layouts, one trap each. Every PDF is a complete California Public Records Act
response packet: a cover letter from a city clerk or records unit (its own request tracking number,
dates, fees, statute citations), an exemption index, a declaration of the custodian of records, the
incident log itself (Bates-numbered on every page), and in some packets an invoice and a certificate
of service, the parts in differing orders. Only the incident log's incidents are records. Layouts: a
table with header after an exemption index whose rows cite log case numbers; labelled blocks followed
by an exemption index printed as labelled blocks with the same `Incident No.:` label; free-text entries
after a letter that quotes entries in the log's own sentence shape, one of them outside the period;
numbered items produced in two installments with a declaration and a second letter between them; a
two-tier CAD report whose Bates stamp shares the text line of each page's last record. Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs169/make_blind_logs169.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026169
D = "\u2014"
S_ = "\u00a7"
PW, PH = letter
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Quarrystone Road", "Quarrystone Rd"), ("Tamsin Avenue", "Tamsin Ave"), ("Larkmoor Drive", "Larkmoor Dr"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Brackwater Way", "Brackwater Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Ironbridge Avenue", "Ironbridge Ave"), ("Pinchot Road", "Pinchot Rd")]
PLACES = ["Transit center", "Library annex", "Civic center lot", "High school lot", "Marina gate", "Grange hall"]
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "", ""]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
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


def make_recs(r, first_day, days, per_day, short=False, upper=False):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])


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


def centre(text, font, size):
    return (PW - stringWidth(text, font, size)) / 2


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page when
    they do not fit (whole when keep=True); returns the 0-based pages (of this part) the lines went on."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, lead in lines:
            if state["y"] < bottom:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            if text is not None and (not used or used[-1] != len(pages) - 1):
                used.append(len(pages) - 1)
            state["y"] -= lead
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def draw(path, pages):
    c = new_canvas(path)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, PW - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ packet parts shared by the agencies
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"


def prose_part(A, title, blocks, footer_name, first_head=True):
    """A letter, declaration or certificate: letterhead on page 1, then blocks of text.
    blocks: str (paragraph), ("num", k, str), ("quote", str), ("line", str), ("bold", str), ("gap", pts)."""
    F, S, L, X, WD = SERIF, 11, 14, 72, PW - 144

    def header(k):
        if k == 1 and first_head:
            return [(PH - 54, centre(A["city"], SERIF_B, 14), A["city"], SERIF_B, 14),
                    (PH - 70, centre(A["office"], SERIF_I, 10.5), A["office"], SERIF_I, 10.5),
                    (PH - 84, centre(A["address"], SERIF, 9.5), A["address"], SERIF, 9.5),
                    (PH - 92, 72, None, F, S)]
        return [(PH - 54, 72, f"{A['city_short']}  \u00b7  {A['request']}  \u00b7  {footer_name}", SERIF_I, 9),
                (PH - 60, 72, None, F, S)]

    def footer(k, m):
        t = f"{A['request']}  \u00b7  {footer_name}  \u00b7  page {k} of {m}"
        return [(40, centre(t, SERIF, 9), t, SERIF, 9)]

    add, finish = paginate(header, footer, PH - 118, 72)
    add([])
    if title:
        add([(centre(title, SERIF_B, 12.5), title, SERIF_B, 12.5, 20)])
    for b in blocks:
        if isinstance(b, str):
            add([(X, ln, F, S, L) for ln in wrap(b, F, S, WD)], keep=False, gap=7)
        elif b[0] == "num":
            lines = wrap(b[2], F, S, WD - 24)
            add([(X, f"{b[1]}.", F, S, 0)] + [(X + 24, ln, F, S, L) for ln in lines], keep=True, gap=7)
        elif b[0] == "quote":
            add([(X + 36, ln, F, 10, 12.5) for ln in wrap(b[1], F, 10, WD - 72)], keep=True, gap=7)
        elif b[0] == "line":
            add([(X, b[1], F, S, L)])
        elif b[0] == "bold":
            add([(X, b[1], SERIF_B, S, L + 2)])
        elif b[0] == "gap":
            add([(X, "", F, S, b[1])])
    return finish()


def index_table(A, intro, rows, closing, bates_col=True):
    """Exemption index as a ruled table: rows of (row no, case no, date, document, exemption, bates)."""
    F, S, L = "Helvetica", 8.5, 13
    cols = [("Row", 40), ("Case No.", 66), ("Date", 128), ("Document withheld or redacted", 180),
            ("Exemption", 336), ("Bates range", 414)]
    for row in rows:
        for k, v in enumerate(row):
            right = cols[k + 1][1] if k + 1 < len(cols) else PW - 30
            assert cols[k][1] + stringWidth(v, F, S) < right - 3, v

    def header(k):
        return [(PH - 48, 40, f"{A['agency_upper']}", "Helvetica-Bold", 11),
                (PH - 64, 40, f"EXEMPTION INDEX / PRIVILEGE LOG  \u00b7  {A['request']}", "Helvetica-Bold", 10),
                (PH - 72, 40, None, F, S)]

    def footer(k, m):
        return [(40, 40, f"Exemption index, {A['request']}", "Helvetica", 8),
                (40, 500, f"Index page {k} of {m}", "Helvetica", 8)]

    add, finish = paginate(header, footer, PH - 92, 60)
    add([(40, ln, "Helvetica", 9, 12) for ln in wrap(intro, "Helvetica", 9, PW - 80)], gap=8)
    add([(x, t, "Helvetica-Bold", S, 0) for t, x in cols[:-1]] + [(cols[-1][1], cols[-1][0], "Helvetica-Bold", S, 5)])
    add([(40, None, F, S, 12)])
    for row in rows:
        add([(x, v, F, S, 0) for v, (_, x) in zip(row[:-1], cols)] + [(cols[-1][1], row[-1], F, S, L)])
    add([(40, None, F, S, 12)])
    add([(40, ln, "Helvetica", 9, 12) for ln in wrap(closing, "Helvetica", 9, PW - 80)])
    return finish()


def invoice(A, number, date, lines, total, note):
    F, S, L = "Helvetica", 10, 15

    def header(k):
        return [(PH - 54, 72, A["city"], "Helvetica-Bold", 13),
                (PH - 70, 72, A["office"], "Helvetica", 9.5),
                (PH - 84, 72, A["address"], "Helvetica", 9),
                (PH - 92, 72, None, F, S)]

    def footer(k, m):
        return [(40, 72, f"Invoice {number}  \u00b7  {A['request']}", "Helvetica", 8),
                (40, 480, f"Page {k} of {m}", "Helvetica", 8)]

    add, finish = paginate(header, footer, PH - 120, 72)
    add([(72, "INVOICE FOR PUBLIC RECORDS", "Helvetica-Bold", 13, 22)])
    add([(72, f"Invoice No.: {number}", F, S, L), (72, f"Invoice date: {date}", F, S, L),
         (72, f"Request: {A['request']}", F, S, L), (72, "Bill to: Requester (address on file)", F, S, L * 1.6)])
    add([(72, "Item", "Helvetica-Bold", S, 0), (110, "Description", "Helvetica-Bold", S, 0),
         (400, "Qty", "Helvetica-Bold", S, 0), (470, "Amount", "Helvetica-Bold", S, 6),
         (72, None, F, S, 14)])
    for k, (desc, qty, amt) in enumerate(lines, 1):
        add([(72, str(k), F, S, 0), (110, desc, F, S, 0), (400, qty, F, S, 0), (470, amt, F, S, L)])
    add([(72, None, F, S, 14), (110, "Total due", "Helvetica-Bold", S, 0), (470, total, "Helvetica-Bold", S, L * 2)])
    add([(72, ln, "Helvetica", 9, 12) for ln in wrap(note, "Helvetica", 9, PW - 144)])
    return finish()


def declaration(A, paras, place, date):
    blocks = [f"I, the Custodian of Records of the {A['agency']}, declare:"]
    blocks += [("num", k, p) for k, p in enumerate(paras, 1)]
    blocks += [f"I declare under penalty of perjury under the laws of the State of California that the foregoing "
               f"is true and correct. Executed on {date} at {place}, California.",
               ("gap", 14), ("line", "/s/ Custodian of Records"), ("line", A["agency"])]
    return prose_part(A, "DECLARATION OF CUSTODIAN OF RECORDS", blocks, "Declaration")


def certificate(A, date, what):
    blocks = [f"I am employed by the {A['employer']} and am over the age of eighteen. On {date} I served the "
              f"following documents: {what}, on the requester in {A['request']}, by electronic mail to the address "
              "the requester gave for this request, and by posting them to the City's public records portal.",
              "I declare under penalty of perjury under the laws of the State of California that the foregoing is "
              "true and correct.", ("gap", 14), ("line", "/s/ Public Records Unit staff"), ("line", A["office"])]
    return prose_part(A, "CERTIFICATE OF SERVICE", blocks, "Certificate of service")


def pieces(line, x0, size):
    """A fixed-width line as the report writer places it: each run of words at its own column."""
    return [(x0 + m.start() * size * 0.6, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def fixed(line, x0, font, size, lead):
    """add() lines for one fixed-width line: all pieces on one baseline, the lead on the last."""
    ps = pieces(line, x0, size) or [(x0, "")]
    return [(x, t, font, size, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], font, size, lead)]


def bates_stamp(text, y=30):
    return (y, PW - 36 - stringWidth(text, "Helvetica-Bold", 9), text, "Helvetica-Bold", 9)


# ------------------------------------------------------------------ assembling a packet and its ground truth
KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def assemble(path, parts, bates_fmt, bates_y=None):
    """parts: [(name, pages)]; every page of a part whose name starts with `incident log` gets the next Bates
    stamp. Returns the packet description, the Bates numbers printed and the PDF page of each log page."""
    allp, packet, stamps, n = [], [], [], 0
    for name, pages in parts:
        first = len(allp) + 1
        for pg in pages:
            if name.startswith("incident log"):
                n += 1
                b = bates_fmt.format(n)
                stamps.append(b)
                y = bates_y(pg) if bates_y else 30
                pg = pg + [bates_stamp(b, y)]
            allp.append(pg)
        packet.append({"part": name, "pages": list(range(first, len(allp) + 1))})
    draw(path, allp)
    return packet, stamps


def entry(path, agency, doc_type, layout, packet, stamps, recs, related, notes, count_check, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    rel = [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]
    rel += [{"record": None, "kind": k, "number": num, "where": where} for k, num, where in related]
    rel += [{"record": None, "kind": "bates", "number": b, "where": "incident log"} for b in stamps]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs169.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "packet": packet, "bates_range": f"{stamps[0]} - {stamps[-1]}",
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": rel,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs169.py) from the records it drew, in the "
                               "order of the incident log; checked by check_blind_logs169.py against "
                               "`pdftotext -layout` text of the whole packet and of its Bates-numbered log pages",
        "record_count_check": count_check, "notes": notes,
    }


def slash(t):
    return f"{t.month}/{t.day}/{t:%y}"


# 1 ------------------------------------------------------------------ Calderwood, CA: table with header
def calderwood(d, r):
    A = {"agency": "Calderwood Police Department [invented]", "agency_upper": "CALDERWOOD POLICE DEPARTMENT [invented]",
         "city": "CITY OF CALDERWOOD [invented]", "city_short": "City of Calderwood [invented]",
         "office": "Office of the City Clerk  \u00b7  Public Records Unit",
         "address": "1 Civic Plaza, Calderwood, California  \u00b7  555-0131",
         "employer": "Office of the City Clerk, City of Calderwood [invented]", "request": "PRA 26-0412"}
    agency = "Calderwood Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 21, (3, 6), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4380 + r.randint(0, 40)
    short = {"Referred to investigations": "Referred to inv.", "Cleared - no action": "Cleared"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:06d}"
        rec["disposition"] = short.get(rec["disposition"], rec["disposition"])
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    F, S, L = "Helvetica", 8, 12.5
    cols = [("Case No.", 36), ("Reported", 84), ("Occurred", 154), ("Incident Type", 224), ("Location", 330),
            ("Disposition", 476)]
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else 580
            assert cols[k][1] + stringWidth(v, F, S) < right - 3, v

    def header(k):
        return [(PH - 44, 36, "CALDERWOOD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                (PH - 58, 36, f"Incident Log  03/01/2026 - 03/21/2026  \u00b7  produced in response to {A['request']}",
                 "Helvetica", 9),
                (PH - 68, 36, None, F, S)] + [(PH - 80, x, t, "Helvetica-Bold", 8.5) for t, x in cols] + [
                (PH - 85, 36, None, F, S)]

    def footer(k, m):
        return [(30, 36, f"RMS incident log  run 03/24/26 09:12  \u00b7  page {k} of {m}", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, PH - 98, 56)
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])
    add([(36, None, F, S, 12), (36, f"Total incidents listed: {n}", "Helvetica-Bold", 9, 14)])
    log = finish()
    nl = len(log)
    assert nl >= 2
    bates = "CALD-{:06d}"
    # the exemption index: withheld reports of log incidents, grouped by exemption, not in log order
    cited = r.sample(recs, 9)
    groups = [(f"{S_} 7923.600(a)", "Crime report narrative"), (f"{S_} 7923.610", "Victim information page"),
              (f"{S_} 7927.705", "Juvenile supplement")]
    rows, nextb = [], nl + 1
    cited = sorted(cited, key=lambda rec: (cited.index(rec) % 3, rec["dt"]))
    for k, rec in enumerate(cited, 1):
        ex, doc = groups[(k - 1) * 3 // len(cited)]
        pp = r.randint(2, 7)
        rows.append([str(k), rec["case_number"], rec["dt"].strftime("%m/%d/%Y"), f"{doc}, {pp} pp.", ex,
                     f"{bates.format(nextb)} - {bates.format(nextb + pp - 1)}"])
        nextb += pp
    withheld_pages = nextb - nl - 1
    idx = index_table(A, "The records listed below are responsive to item 2 of the request (the reports of the "
                         "incidents in the log) and are withheld in full under the Government Code sections given. "
                         "Each is identified by the case number under which it appears in the incident log "
                         f"({bates.format(1)} - {bates.format(nl)}) and by the Bates numbers reserved for its pages, "
                         "which are not produced.", rows,
                      f"{len(rows)} documents withheld, {withheld_pages} pages in all. Exemptions: Gov. Code "
                      f"{S_} 7923.600 (records of investigations), {S_} 7923.610 (victim information), "
                      f"{S_} 7927.705 with Welf. & Inst. Code {S_} 827 (juvenile records).")
    letter_ = prose_part(A, None, [
        ("line", "March 30, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: California Public Records Act request {A['request']}, received March 19, 2026"),
        "Dear Requester:",
        "This letter responds to your request under the California Public Records Act (Gov. Code "
        f"{S_} 7920.000 et seq.), received by the City on March 19, 2026 and assigned tracking number "
        f"{A['request']}, for (1) the Police Department's incident log for March 1 through March 21, 2026 and (2) the "
        "reports of the incidents it lists.",
        f"On March 27, 2026 the City extended its time to respond by 14 days under Gov. Code {S_} 7922.535(b) "
        "because the records had to be collected from the Police Department; this response is made within that "
        "extension.",
        f"Item 1: the incident log is produced in full, {nl} pages Bates-numbered {bates.format(1)} through "
        f"{bates.format(nl)}. Item 2: the {len(rows)} incident reports located are withheld in full under the "
        "exemptions stated in the enclosed exemption index, which lists each report by the case number under "
        f"which it appears in the log; their {withheld_pages} pages are reserved as {bates.format(nl + 1)} through "
        f"{bates.format(nextb - 1)}.",
        f"Fees: duplication of {nl} pages at $0.10 per page under Gov. Code {S_} 7922.530(a), ${nl * 0.10:.2f}, is "
        "waived under the City's fee policy (Resolution 2019-44); no invoice is enclosed.",
        "The custodian's declaration and a certificate of service are enclosed. If you believe a record has been "
        f"withheld in error, please call the Public Records Unit at 555-0131 and refer to {A['request']}.",
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "Public Records Unit"),
        ("line", "Office of the City Clerk, City of Calderwood [invented]"),
        ("line", "Enclosures: exemption index; incident log; declaration; certificate of service")],
        "Response letter")
    decl = declaration(A, [
        "I am a custodian of records of the Police Department and have custody of its records management system.",
        f"On March 24, 2026 I printed from that system the incident log for March 1 through March 21, 2026. It is "
        f"produced with this declaration as {bates.format(1)} through {bates.format(nl)}, {nl} pages listing {n} "
        "incidents, and is a true copy of the log as kept in the ordinary course of business.",
        f"I searched the system for the reports of those incidents and located {len(rows)} reports, which are listed "
        "in the exemption index by case number and withheld."], "Calderwood", "March 27, 2026")
    cert = certificate(A, "March 30, 2026", "the response letter, the exemption index, the incident log "
                                           f"({bates.format(1)} - {bates.format(nl)}) and the custodian's declaration")
    path = d / "calderwood-pra-26-0412-response-packet.pdf"
    packet, stamps = assemble(path, [("cover letter", letter_), ("exemption index", idx), ("incident log", log),
                                     ("declaration", decl), ("certificate of service", cert)], bates)
    related = [("request tracking number", A["request"], "cover letter"),
               ("fee resolution", "Resolution 2019-44", "cover letter")]
    related += [("bates, withheld pages", row[5].split(" - ")[k], "exemption index") for row in rows for k in (0, 1)]
    return [entry(path, agency, "CPRA response packet with a monthly incident log", "table with header", packet,
                  stamps, recs, related,
                  "A CPRA response packet: cover letter (request PRA 26-0412, Gov. Code sections, a waived fee), "
                  "exemption index, the incident log (Bates CALD-000001 on), the custodian's declaration and a "
                  "certificate of service. The log is a ruled RMS table (`Case No.  Reported  Occurred  Incident "
                  "Type  Location  Disposition`, occurred a single time or blank) ending `Total incidents listed: "
                  "N`; the declaration repeats the count. Trap: the exemption index comes before the log and is a "
                  "table of the same look (`Row  Case No.  Date  Document withheld or redacted  Exemption  Bates "
                  f"range`) whose {len(rows)} rows each cite a log incident by its case number (`{rows[0][1]}`) and "
                  "date, grouped by exemption, not in log order; so those case numbers are printed twice, first in "
                  "the index, and the Bates ranges of the withheld reports (`CALD-0000xx - CALD-0000yy`) run past "
                  "the log's own stamps. The records are the log's rows only; the request number `PRA 26-0412` "
                  "shares the `26-` prefix of the case numbers. Bates stamps, the request number and the "
                  "withheld ranges are in `related_numbers` with `record: null`.",
                  "rows counted by the generator; the log's closing line and the declaration give the total")]


# 2 ------------------------------------------------------------------ Merriwell, CA: labelled blocks
def merriwell(d, r):
    A = {"agency": "Merriwell Police Department [invented]", "agency_upper": "MERRIWELL POLICE DEPARTMENT [invented]",
         "city": "CITY OF MERRIWELL [invented]", "city_short": "City of Merriwell [invented]",
         "office": "Police Department Records Unit  \u00b7  Public Records Act Requests",
         "address": "400 Orchard Street, Merriwell, California  \u00b7  555-0157",
         "employer": "Police Department Records Unit, City of Merriwell [invented]", "request": "CPRA #2026-118"}
    agency = "Merriwell Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 14, (3, 6))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 820 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"M26-{seq:05d}"
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    F, FB, S, L, VX = "Helvetica", "Helvetica-Bold", 9.5, 13, 130

    def header(k):
        return [(PH - 44, 54, "MERRIWELL POLICE DEPARTMENT [invented]", FB, 12),
                (PH - 58, 54, "Incident Log, March 9 - 22, 2026  \u00b7  Records Unit 555-0157", F, 9),
                (PH - 66, 54, None, F, S)]

    def footer(k, m):
        return [(30, 54, f"Merriwell PD incident log  \u00b7  {k} / {m}", F, 7.5)]

    def block(pairs):
        out = []
        for left, right in pairs:
            (l1, v1) = left
            its = [(54, l1, FB, S, 0), (VX, v1, F, S, 0 if right else L)]
            if right:
                its += [(330, right[0], FB, S, 0), (410, right[1], F, S, L)]
            out += its
        return out + [(54, None, F, S, 9)]

    add, finish = paginate(header, footer, PH - 86, 56)
    for rec in recs:
        occ = ("not known" if rec["occ"] is None else rec.get("occurred_at")
               or f"{rec['occurred_from']} to {rec['occurred_to']}")
        add(block([(("Incident No.:", rec["case_number"]), ("Reported:", rec["reported_at"])),
                   (("Type:", rec["type"]), None), (("Location:", rec["location"]), None),
                   (("Occurred:", occ), None),
                   (("Disposition:", rec["disposition"]), ("Officer:", f"#{rec['badge']}"))]), gap=4)
    add([(54, f"End of log. Incidents listed: {n}", FB, 10, 14)])
    log = finish()
    nl = len(log)
    bates = "MPD {:06d}"
    # the exemption index, printed as labelled blocks with the same `Incident No.:` label
    in_log = sorted(r.sample(recs, 4), key=lambda x: x["dt"])
    other = []
    for _k in range(4):
        t = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=r.randint(20, 340), minutes=r.randint(0, 1439))
        other.append((t, f"M25-{r.randint(1000, 9800):05d}"))
    other.sort()
    entries, nextb = [], nl + 1
    for rec in in_log:
        pp = r.randint(2, 6)
        entries.append(("1", rec["case_number"], rec["dt"].strftime("%m/%d/%Y"), f"Crime report narrative, {pp} pp.",
                        nextb, pp, f"Gov. Code {S_} 7923.600(a)", "Withheld in full"))
        nextb += pp
    for t, num in other:
        pp = r.randint(3, 9)
        entries.append(("2", num, t.strftime("%m/%d/%Y"), f"Incident report and supplements, {pp} pp.", nextb, pp,
                        f"Gov. Code {S_} 7923.600(a)", "Withheld in full"))
        nextb += pp

    def iheader(k):
        return [(PH - 44, 54, "MERRIWELL POLICE DEPARTMENT [invented]", FB, 12),
                (PH - 58, 54, f"Exemption Index  \u00b7  {A['request']}", F, 9),
                (PH - 66, 54, None, F, S)]

    def ifooter(k, m):
        return [(30, 54, f"Exemption index  \u00b7  {k} / {m}", F, 7.5)]

    iadd, ifinish = paginate(iheader, ifooter, PH - 86, 56)
    intro = ("Documents withheld in response to the request, one entry per document. Request item 1: reports of "
             "incidents in the March 9 - 22, 2026 log. Request item 2: reports of incidents in the 1400 block of "
             "Cobbler Lane during 2025.")
    iadd([(54, ln, F, 9, 12) for ln in wrap(intro, F, 9, PW - 108)], gap=10)
    for k, (item, num, date, doc, b0, pp, ex, st) in enumerate(entries, 1):
        iadd(block([(("Index Entry:", str(k)), ("Request Item:", item)),
                    (("Incident No.:", num), ("Date:", date)),
                    (("Document:", doc), None),
                    (("Bates:", f"{bates.format(b0)} - {bates.format(b0 + pp - 1)}"), None),
                    (("Exemption:", ex), None), (("Status:", st), None)]), gap=4)
    iadd([(54, f"Index entries: {len(entries)}", FB, 10, 14)])
    idx = ifinish()
    letter_ = prose_part(A, None, [
        ("line", "April 2, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: Public Records Act request {A['request']}"), "Dear Requester:",
        f"The Police Department received your request on March 23, 2026 and logged it as {A['request']}. You asked "
        "for (1) the Department's incident log for March 9 through March 22, 2026, with the reports of those "
        "incidents, and (2) the reports of incidents in the 1400 block of Cobbler Lane during calendar year 2025.",
        f"The incident log is produced in full as {bates.format(1)} through {bates.format(nl)}. The reports "
        f"responsive to both items are withheld under Gov. Code {S_} 7923.600(a) as records of investigations; each "
        "is described in the enclosed exemption index, which gives the incident number, the request item and the "
        "Bates numbers reserved for its pages.",
        f"The direct cost of duplication under Gov. Code {S_} 7922.530(a) is shown on the enclosed invoice. Records "
        "are released on payment; electronic copies carry no charge.",
        "Questions about this response may be directed to the Records Unit at 555-0157.",
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "Records Unit"),
        ("line", "Merriwell Police Department [invented]")], "Response letter")
    decl = declaration(A, [
        "I am a custodian of records of the Merriwell Police Department and am familiar with how its incident "
        "records are made and kept.",
        f"The incident log produced as {bates.format(1)} through {bates.format(nl)} was printed from the Department's "
        f"records system on March 25, 2026. It lists {n} incidents and is a true copy of the log.",
        f"The exemption index lists {len(entries)} documents located in a search made on March 26, 2026 and withheld."],
        "Merriwell", "March 31, 2026")
    inv = invoice(A, "MPD-INV-0326", "April 2, 2026",
                  [(f"Paper copies, incident log ({nl} pages @ $0.10)", str(nl), f"${nl * 0.1:.2f}"),
                   ("Electronic delivery (PDF)", "1", "$0.00")],
                  f"${nl * 0.1:.2f}", f"Fees under Gov. Code {S_} 7922.530(a). No charge for search or review time.")
    path = d / "merriwell-cpra-2026-118-response.pdf"
    packet, stamps = assemble(path, [("cover letter", letter_), ("incident log", log), ("exemption index", idx),
                                     ("declaration", decl), ("invoice", inv)], bates)
    related = [("request tracking number", A["request"].split("#")[1], "cover letter"),
               ("invoice number", "MPD-INV-0326", "invoice")]
    related += [("exemption index: 2025 incident (request item 2), not in the log", num, "exemption index")
                for _, num in other]
    ex = entries[-1]
    return [entry(path, agency, "CPRA response packet with a two-week incident log", "labelled blocks", packet,
                  stamps, recs, related,
                  "A CPRA response packet: cover letter (CPRA #2026-118), the incident log (Bates `MPD 000001` on), "
                  "an exemption index, the custodian's declaration and an invoice. The log is labelled blocks "
                  f"(`Incident No.:  {recs[0]['case_number']}   Reported:  {recs[0]['reported_at']}` / `Type:` / "
                  "`Location:` / `Occurred:` "
                  "a time, a `from to to` range or `not known` / `Disposition:   Officer: #nnn`, a rule between "
                  "blocks), ending `End of log. Incidents listed: N`. Trap: the exemption index follows the log "
                  "directly and is printed as labelled blocks of the same look, with the same `Incident No.:` "
                  f"label (`Index Entry: 5   Request Item: 2` / `Incident No.: {ex[1]}   Date: {ex[2]}` / "
                  "`Document:` / `Bates:` / `Exemption:` / `Status:`): four entries cite log incidents again, four "
                  "cite 2025 incidents (`M25-`) answering the request's second item, which are not in the log and "
                  "are listed in `related_numbers`. Only the log's blocks (an `Incident No.:` line with "
                  "`Reported:`) are records.",
                  "blocks counted by the generator; the log's closing line and the declaration give the total")]


# 3 ------------------------------------------------------------------ Tolliver, CA: free text
def tolliver(d, r):
    A = {"agency": "Tolliver Police Department [invented]", "agency_upper": "TOLLIVER POLICE DEPARTMENT [invented]",
         "city": "CITY OF TOLLIVER [invented]", "city_short": "City of Tolliver [invented]",
         "office": "City Clerk's Office  \u00b7  Records Requests",
         "address": "220 Main Street, Tolliver, California  \u00b7  555-0119",
         "employer": "City Clerk's Office, City of Tolliver [invented]", "request": "Request R26-077"}
    agency = "Tolliver Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 14, (4, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1100 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()
        rec["unit"] = f"{r.randint(1, 3)}A{r.randint(10, 19)}"

    def fmt(t):
        return f"{slash(t)} {t:%H%M} hrs"

    set_times(recs, fmt)

    def text(rec, narr):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred at about {rec['occurred_at']}. "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}. "
        return (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
                f"Report {rec['case_number']}. Disposition: {rec['disposition']}. Unit {rec['unit']}.")

    F, S, L, W = SERIF, 10.5, 13.5, PW - 2 * 66

    def header(k):
        return [(PH - 48, 66, "TOLLIVER POLICE DEPARTMENT [invented]  \u00b7  PRESS LOG", SERIF_B, 12),
                (PH - 62, 66, "March 1 - 14, 2026. Entries as released to the press; times are 24-hour.", SERIF_I, 9.5),
                (PH - 70, 66, None, F, S)]

    def footer(k, m):
        return [(30, 66, f"Press log, March 1 - 14, 2026  \u00b7  sheet {k} of {m}", SERIF, 8)]

    add, finish = paginate(header, footer, PH - 92, 56)
    for rec in recs:
        rec["txt"] = text(rec, r.choice(NARR))
        add([(66, ln, F, S, L) for ln in wrap(rec["txt"], F, S, W)], keep=False, gap=5)
    add([(66, f"{n} entries in this log.", SERIF_B, 10.5, 14)])
    log = finish()
    nl = len(log)
    bates = "TOLLIVER {:06d}"
    # the letter quotes entries the requester named: one inside the log, one before its period
    named = r.choice([rec for rec in recs if rec["dt"].day in (4, 5, 6) and rec["occ"]])
    t0 = datetime.datetime(2026, 2, 17, 1, 35)
    before = {"dt": t0, "occ": ("at", t0 - datetime.timedelta(minutes=20)), "type": "Vandalism",
              "location": "1400 block of Cobbler Lane", "disposition": "report taken", "case_number": "26-0954",
              "unit": "2A16"}
    set_times([before], fmt)
    before_txt = text(before, "")
    withheld = sorted(r.sample([x for x in recs if x is not named], 3) + [named], key=lambda x: x["dt"])
    rows, nextb = [], nl + 1
    for k, rec in enumerate(withheld, 1):
        pp = r.randint(2, 6)
        rows.append([str(k), rec["case_number"], rec["dt"].strftime("%m/%d/%Y"), f"Crime report narrative, {pp} pp.",
                     f"{S_} 7923.600(a)", f"{bates.format(nextb)} - {bates.format(nextb + pp - 1)}"])
        nextb += pp
    letter_ = prose_part(A, None, [
        ("line", "March 26, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: Public Records Act request, {A['request']}"), "Dear Requester:",
        f"The City Clerk's Office received your request on March 16, 2026 and logged it as {A['request']}. You asked "
        "for the Police Department's press log for March 1 through March 14, 2026, and for the reports of two "
        "incidents you described. This letter answers both parts within the ten days allowed by Gov. Code "
        f"{S_} 7922.535(a).",
        f"The press log is produced in full as {bates.format(1)} through {bates.format(nl)}. The two incidents you "
        "described appear in the Department's records as follows:",
        ("quote", named["txt"]), ("quote", before_txt),
        "The first is in the press log; its narrative report is withheld under Gov. Code "
        f"{S_} 7923.600(a) (records of investigations) and is listed in the exemption index. The second was reported "
        "before the period of your request, so its press-log entry is not part of this production; its report is "
        f"withheld under the same section. The information required by Gov. Code {S_} 7923.610 for both is given "
        "above.",
        f"No fee is charged for electronic copies (Gov. Code {S_} 7922.530). Questions may be directed to the City "
        "Clerk's Office at 555-0119.",
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "City Clerk's Office"),
        ("line", "City of Tolliver [invented]")], "Response letter")
    idx = index_table(A, "Records withheld in response to the request. Each report is identified by the case number "
                         "under which it appears in the press log and by the Bates numbers reserved for its pages.",
                      rows, f"{len(rows)} documents withheld. The report of the incident reported on 2/17/26, "
                            "outside the requested period, is withheld under the same section and is not indexed.")
    decl = declaration(A, [
        "I am a custodian of records of the Tolliver Police Department.",
        f"The press log produced as {bates.format(1)} through {bates.format(nl)} is a true copy of the log the "
        f"Department released to the press for March 1 through March 14, 2026. It contains {n} entries.",
        "The reports listed in the exemption index were located in the Department's records system on March 20, "
        "2026 and are withheld."], "Tolliver", "March 25, 2026")
    cert = certificate(A, "March 26, 2026", "the response letter, the exemption index, the press log and the "
                                           "custodian's declaration")
    path = d / "tolliver-request-r26-077-records-response.pdf"
    packet, stamps = assemble(path, [("certificate of service", cert), ("cover letter", letter_),
                                     ("incident log", log), ("exemption index", idx), ("declaration", decl)], bates)
    related = [("request tracking number", "R26-077", "cover letter"),
               ("incident named in the cover letter, reported before the log's period, not in the log", "26-0954",
                "cover letter")]
    related += [("bates, withheld pages", row[5].split(" - ")[k], "exemption index") for row in rows for k in (0, 1)]
    return [entry(path, agency, "records response packet with a two-week press log", "free text", packet, stamps,
                  recs, related,
                  "A records response packet that opens with its certificate of service, then the cover letter "
                  "(Request R26-077), the press log (Bates `TOLLIVER 000001` on), an exemption index and the "
                  f"custodian's declaration. The log is prose in Times, one paragraph per entry: `{recs[1]['txt']}`; "
                  "the id is the one `Report` number in the paragraph. Ends `N entries in this log.`; the "
                  "declaration repeats the count. Trap: the cover letter quotes, indented, the two incidents the "
                  "requester named in exactly the log's sentence shape, each starting a line with its report "
                  f"date and `hrs {D}`: `{named['case_number']}`, which is also an entry of the log (printed there "
                  "again), and `26-0954`, reported 2/17/26, before the log's period and not in the log (listed in "
                  "`related_numbers`). Only the Bates-numbered log pages carry records; the exemption index cites "
                  "four log entries again by case number.",
                  "paragraphs counted by the generator; the closing line and the declaration give the total")]


# 4 ------------------------------------------------------------------ Ashgrove, CA: numbered items, two installments
def ashgrove(d, r):
    A = {"agency": "Ashgrove Police Department [invented]", "agency_upper": "ASHGROVE POLICE DEPARTMENT [invented]",
         "city": "CITY OF ASHGROVE [invented]", "city_short": "City of Ashgrove [invented]",
         "office": "Police Records and Public Records Act Unit",
         "address": "75 Alder Way, Ashgrove, California  \u00b7  555-0166",
         "employer": "Police Records and Public Records Act Unit, City of Ashgrove [invented]",
         "request": "PRA-2026-0331"}
    agency = "Ashgrove Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 21, (3, 6))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 3290 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"A26-{seq:05d}"
        rec["unit"] = f"{r.randint(1, 4)}B{r.randint(10, 19)}"
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 9, 12.5
    W = PW - 80 - 50

    def header_for(inst):
        def header(k):
            return [(PH - 44, 50, "ASHGROVE POLICE DEPARTMENT [invented]", FB, 12),
                    (PH - 58, 50, f"Incident Log, March 1 - 21, 2026  \u00b7  installment {inst} of 2", F, 9),
                    (PH - 66, 50, None, F, S)]
        return header

    def footer(k, m):
        return [(30, 50, "Entries are numbered in one series across both installments.", "Helvetica-Oblique", 7.5)]

    cut = next(i for i, rec in enumerate(recs) if rec["dt"].day >= 15)
    parts = []
    for inst, sub, k0 in ((1, recs[:cut], 1), (2, recs[cut:], cut + 1)):
        add, finish = paginate(header_for(inst), footer, PH - 86, 56)
        for k, rec in enumerate(sub, k0):
            occ = ""
            if rec["occ"]:
                occ = "  Occurred: " + (rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}") + "."
            line2 = f"Location: {rec['location']}.{occ}  Disposition: {rec['disposition']}.  Unit {rec['unit']}."
            rec["txt"] = f"{k}.  {rec['case_number']}   Reported {rec['reported_at']}   {rec['type']}  {line2}"
            add([(50, f"{k}.", FB, S, 0), (80, rec["case_number"], FB, S, 0),
                 (140, f"Reported {rec['reported_at']}", F, S, 0), (270, rec["type"], F, S, L)]
                + [(80, ln, F, S, L) for ln in wrap(line2, F, S, W)], gap=5)
        if inst == 1:
            add([(50, f"End of installment 1: entries 1 - {cut}.", FB, 9.5, 14)])
        else:
            add([(50, f"End of installment 2: entries {cut + 1} - {n}. The log lists {n} incidents.", FB, 9.5, 14)])
        parts.append(finish())
    n1, n2 = len(parts[0]), len(parts[1])
    bates = "ASHPD-{:06d}"
    rows, nextb = [], n1 + n2 + 1
    for k, rec in enumerate(sorted(r.sample(recs, 5), key=lambda x: x["dt"]), 1):
        pp = r.randint(2, 5)
        rows.append([str(k), rec["case_number"], rec["dt"].strftime("%m/%d/%Y"), f"Crime report narrative, {pp} pp.",
                     f"{S_} 7923.600(a)", f"{bates.format(nextb)} - {bates.format(nextb + pp - 1)}"])
        nextb += pp
    letter1 = prose_part(A, None, [
        ("line", "March 27, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: Public Records Act request {A['request']}  \u00b7  first installment"), "Dear Requester:",
        "This letter responds to your request for the Police Department's incident log for March 1 through "
        "March 21, 2026 and the related incident reports. Under Gov. Code "
        f"{S_} 7922.535(c) the Department is producing the records in installments as they are reviewed:",
        ("num", 1, f"The Department received your request on March 17, 2026 and logged it as {A['request']}."),
        ("num", 2, f"This first installment contains entries 1 through {cut} of the incident log (March 1 through 14), "
                   f"Bates-numbered {bates.format(1)} through {bates.format(n1)}."),
        ("num", 3, "The entries for March 15 through 21 are still under review and will follow in a second "
                   "installment on or before April 10, 2026, continuing the same entry numbers and Bates numbers."),
        ("num", 4, f"{len(rows)} incident reports are withheld under Gov. Code {S_} 7923.600(a), as listed in the "
                   "enclosed exemption index."),
        ("num", 5, f"No fee is charged for electronic copies (Gov. Code {S_} 7922.530)."),
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "Police Records and Public Records Act Unit"),
        ("line", "Ashgrove Police Department [invented]  \u00b7  555-0166")], "First installment letter")
    letter2 = prose_part(A, None, [
        ("line", "April 8, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: Public Records Act request {A['request']}  \u00b7  second and final installment"),
        "Dear Requester:", "The Department completes its response with this installment:",
        ("num", 1, f"Enclosed are entries {cut + 1} through {n} of the incident log (March 15 through 21), "
                   f"Bates-numbered {bates.format(n1 + 1)} through {bates.format(n1 + n2)}."),
        ("num", 2, f"Together with the first installment ({bates.format(1)} through {bates.format(n1)}) the log "
                   f"lists {n} incidents."),
        ("num", 3, "No further records were located; the exemption index sent with the first installment is "
                   "unchanged."),
        ("num", 4, f"Your request {A['request']} is closed with this letter."),
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "Police Records and Public Records Act Unit"),
        ("line", "Ashgrove Police Department [invented]")], "Second installment letter")
    idx = index_table(A, "Records withheld from the first installment, identified by incident number and by the "
                         "Bates numbers reserved for their pages.", rows,
                      f"{len(rows)} documents withheld under Gov. Code {S_} 7923.600(a).")
    decl = declaration(A, [
        "I am a custodian of records of the Ashgrove Police Department.",
        f"The first installment of the incident log, {bates.format(1)} through {bates.format(n1)}, was printed from "
        f"the Department's records system on March 25, 2026 and contains entries 1 through {cut}, {cut} incidents; "
        "it is a true copy of the log as kept in the ordinary course of business.",
        "The remaining entries of the log for the requested period will be produced in a second installment."],
        "Ashgrove", "March 26, 2026")
    cert = certificate(A, "April 8, 2026", "the second installment letter and entries "
                                          f"{cut + 1} - {n} of the incident log")
    path = d / "ashgrove-pra-2026-0331-installments.pdf"
    packet, stamps = assemble(path, [("cover letter, first installment", letter1), ("exemption index", idx),
                                     ("incident log, first installment", parts[0]), ("declaration", decl),
                                     ("cover letter, second installment", letter2),
                                     ("incident log, second installment", parts[1]),
                                     ("certificate of service", cert)], bates)
    related = [("request tracking number", A["request"], "cover letter, first installment")]
    related += [("bates, withheld pages", row[5].split(" - ")[k], "exemption index") for row in rows for k in (0, 1)]
    return [entry(path, agency, "CPRA response produced in two installments, with a three-week incident log",
                  "numbered items", packet, stamps, recs, related,
                  "A CPRA response in two installments bound into one PDF: first installment letter (PRA-2026-0331, "
                  "numbered paragraphs 1-5), exemption index, log installment 1, the custodian's declaration, the "
                  "second installment letter (numbered paragraphs 1-4), log installment 2, certificate of service. "
                  f"The log is numbered items: `{recs[5]['txt']}` (number, case number, reported, type on the first "
                  "line; location, occurred, disposition and unit below). Trap: the log is split in two "
                  f"installments, entries 1-{cut} (March 1-14, Bates ASHPD-000001 on) and {cut + 1}-{n} (March "
                  "15-21, the Bates numbers continuing), with the declaration and a second letter between them; "
                  "the declaration counts only the first installment's incidents and the letters' own numbered "
                  "paragraphs (`1.` ... `5.`) look like items. The records are the items of both installments, "
                  f"numbered 1-{n} in one series; the closing line of installment 2 gives the total.",
                  "items counted by the generator; the item numbers run 1 to N over both installments")]


# 5 ------------------------------------------------------------------ Ruskin County, CA: two-tier CAD report
def ruskin(d, r):
    A = {"agency": "Ruskin County Sheriff's Office [invented]", "agency_upper": "RUSKIN COUNTY SHERIFF'S OFFICE [invented]",
         "city": "COUNTY OF RUSKIN [invented]", "city_short": "County of Ruskin [invented]",
         "office": "Sheriff's Office  \u00b7  Records and Public Records Act Unit",
         "address": "9 Courthouse Square, Ruskin, California  \u00b7  555-0172",
         "employer": "Sheriff's Office Records Unit, County of Ruskin [invented]", "request": "PRA No. P26-0077"}
    agency = "Ruskin County Sheriff's Office, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 10, (6, 10), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 4480 + r.randint(0, 60)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"RC26-{seq:06d}"
        rec["disposition"] = codes[rec["disposition"]]
        cad += r.randint(3, 17)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, lambda t: t.strftime("%m/%d/%y %H%M"))
    F, FB, S, L = "Courier", "Courier-Bold", 7.5, 10.5

    def header(k):
        heads = [(PH - 40, "RUSKIN COUNTY SHERIFF'S OFFICE [invented]     CAD CALL SUMMARY   CS-30", FB),
                 (PH - 40 - L, "PERIOD 02/16/26-02/25/26   PRINTED 03/02/26 0810   FOR PRA NO. P26-0077", F),
                 (PH - 40 - 2.5 * L, "CASE NO      REPORTED       NATURE                     DISP", FB),
                 (PH - 40 - 3.5 * L, "             LOCATION / OCCURRED / CAD NO", FB),
                 (PH - 40 - 4.2 * L, "-" * 96, F)]
        return [(y, x, t, font, S) for y, line, font in heads for x, t in pieces(line, 36, S)]

    def footer(k, m):
        return [(30, 36, f"CS-30  PAGE {k:3d} OF {m:3d}", F, 7.5)]

    add, finish = paginate(header, footer, PH - 40 - 6 * L, 64)
    for rec in recs:
        occ = "" if rec["occ"] is None else rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
        t1 = f"{rec['case_number']:<13}{rec['reported_at']:<15}{rec['type'][:26]:<27}{rec['disposition']}"
        t2 = f"{'':13}LOC: {rec['location']}" + (f"  OCC: {occ}" if occ else "") + f"  CAD: {rec['rel'][0][1]}"
        assert 36 + len(t2) * S * 0.6 < 490, t2
        rec["lines"] = [t1, t2.strip()]
        rec["page"] = add(fixed(t1, 36, F, S, L) + fixed(t2, 36, F, S, L + 2))[0]
    add([(36, "-" * 96, F, S, L)] + fixed(f"TOTAL CALLS LISTED: {n}", 36, FB, S, L)
        + fixed("DISP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  UNF UNFOUNDED  CLR CLEARED", 36, F, S, L)
        + fixed("      WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN", 36, F, S, L))
    log = finish()
    nl = len(log)
    per_page = [sum(rec["page"] == k for rec in recs) for k in range(nl)]
    bates = "RCSO-{:06d}"

    def last_line(pg):
        # the stamp tool puts the Bates number at the right margin, on the baseline of the page's last text line
        return min(y for y, x, t, f, s in pg if t and y > 40)

    certs = sorted(r.sample(recs, 3), key=lambda x: x["dt"])
    inv = invoice(A, "RSO-2026-0142", "February 27, 2026",
                  [(f"CAD call summary CS-30, {nl} pages @ $0.10", str(nl), f"${nl * 0.1:.2f}")]
                  + [(f"Certified copy of report face page, {rec['case_number']}", "1", "$0.10") for rec in certs],
                  f"${nl * 0.1 + 0.3:.2f}",
                  f"Fees under Gov. Code {S_} 7922.530(a). Paid in full 02/27/26, receipt 55-0913. Records are released "
                  "on payment.")
    letter_ = prose_part(A, None, [
        ("line", "March 3, 2026"), ("gap", 6), ("line", "Requester (by electronic mail)"), ("gap", 6),
        ("bold", f"Re: California Public Records Act request {A['request']}"), "Dear Requester:",
        f"The Sheriff's Office received your request on February 26, 2026 and assigned it {A['request']}. You asked for "
        "the calls for service handled by the Sheriff's Office from February 16 through February 25, 2026, and for "
        "certified copies of the face pages of three reports.",
        f"The call summary is produced as {bates.format(1)} through {bates.format(nl)}. The three face pages were "
        "certified and mailed separately, as shown on the enclosed invoice, which has been paid. Investigative "
        f"narratives are withheld under Gov. Code {S_} 7923.600(a); the information required by {S_} 7923.610 is "
        "given in the call summary.",
        "Questions may be directed to the Records Unit at 555-0172.",
        ("gap", 6), ("line", "Sincerely,"), ("gap", 10), ("line", "Records and Public Records Act Unit"),
        ("line", "Ruskin County Sheriff's Office [invented]")], "Response letter")
    decl = declaration(A, [
        "I am a custodian of records of the Ruskin County Sheriff's Office.",
        f"The CAD call summary produced as {bates.format(1)} through {bates.format(nl)} was printed from the "
        f"computer-aided dispatch system on March 2, 2026 and lists {n} calls for the period requested. It is a "
        "true copy of the records as kept in the ordinary course of business."], "Ruskin", "March 2, 2026")
    rows, nextb = [], nl + 1
    for k, rec in enumerate(sorted(r.sample(recs, 4), key=lambda x: x["dt"]), 1):
        pp = r.randint(2, 5)
        rows.append([str(k), rec["case_number"], rec["dt"].strftime("%m/%d/%Y"), f"Investigative narrative, {pp} pp.",
                     f"{S_} 7923.600(a)", f"{bates.format(nextb)} - {bates.format(nextb + pp - 1)}"])
        nextb += pp
    idx = index_table(A, "Narratives withheld, identified by case number and by the Bates numbers reserved for "
                         "their pages.", rows, f"{len(rows)} documents withheld.")
    cert = certificate(A, "March 3, 2026", "the response letter, the invoice, the custodian's declaration, the CAD call "
                                          "summary and the exemption index")
    path = d / "ruskin-county-so-pra-p26-0077-packet.pdf"
    packet, stamps = assemble(path, [("invoice", inv), ("cover letter", letter_), ("declaration", decl),
                                     ("incident log", log), ("exemption index", idx),
                                     ("certificate of service", cert)], bates, bates_y=last_line)
    related = [("request tracking number", "P26-0077", "cover letter"), ("invoice number", "RSO-2026-0142", "invoice"),
               ("payment receipt", "55-0913", "invoice")]
    related += [("bates, withheld pages", row[5].split(" - ")[k], "exemption index") for row in rows for k in (0, 1)]
    return [entry(path, agency, "CPRA response packet with a CAD call summary", "other: two-tier CAD call summary",
                  packet, stamps, recs, related,
                  "A CPRA response packet that opens with the paid invoice (whose lines cite three case numbers of "
                  "log calls for certified face pages), then the cover letter (PRA No. P26-0077), the custodian's "
                  "declaration, the CAD call summary (Bates `RCSO-000001` on), an exemption index and a certificate "
                  "of service. The log is a Courier two-tier report: "
                  f"`{recs[3]['lines'][0]}` and below it `{recs[3]['lines'][1]}` (disposition code, legend at the "
                  "end; occurred a time, a `from-to` range or absent; a 10-digit CAD number on every call, in "
                  "`related_numbers`, kind `cad`). Ends `TOTAL CALLS LISTED: N`. Trap: the Bates stamp was applied "
                  "by a stamping tool at the right margin on the baseline of each page's last text line, so "
                  f"`pdftotext -layout` prints it at the end of that line: the second tier of the page's last call "
                  f"(`... CAD: {recs[per_page[0] - 1]['rel'][0][1]}   {stamps[0]}`) on every page but the last, where "
                  "it follows the disposition legend; it is not part of the record.",
                  "calls counted by the generator; the closing line and the declaration give the total")]


AGENCIES = [("calderwood-ca-pd", 1, calderwood), ("merriwell-ca-pd", 2, merriwell), ("tolliver-ca-pd", 3, tolliver),
            ("ashgrove-ca-pd", 4, ashgrove), ("ruskin-county-ca-so", 5, ruskin)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
