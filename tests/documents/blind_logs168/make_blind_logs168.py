"""Generate a held-out set of incident logs released under California Public Records Act redactions
(blind_logs168).

Five agencies, five layouts, one trap each, all of them about redacted releases: a table whose black
boxes were drawn over text that is still in the text layer (a bad redaction: the hidden addresses,
juvenile details and prior case numbers can be extracted although a reader sees only black boxes);
labelled blocks whose withheld values are black boxes with the exemption code printed on them, where the
value would be; a prose log with codes on boxes inside sentences and whole entries withheld without a
number; numbered items whose record number is itself partly redacted for juvenile cases; a fixed-width
call list with rows withheld in full but for their number and a redaction log appendix that repeats the
numbers. Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs168/make_blind_logs168.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026168
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - identity theft", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Runaway juvenile"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Alameda Verde", "Alameda Verde"), ("Cortina Avenue", "Cortina Ave"), ("Loma Dorada Drive", "Loma Dorada Dr"),
           ("Sausal Street", "Sausal St"), ("Old Mission Road", "Old Mission Rd"), ("Tanager Lane", "Tanager Ln"),
           ("Presidio Court", "Presidio Ct"), ("Marisol Way", "Marisol Way"), ("Arroyo Pinto Road", "Arroyo Pinto Rd"),
           ("Higuera Street", "Higuera St"), ("Canyon Oak Avenue", "Canyon Oak Ave"), ("Bellflower Road", "Bellflower Rd")]
PLACES = ["Transit plaza", "Library annex", "Fairgrounds", "High school lot", "Skate park", "Civic center"]
CODES = {  # exemption codes and what the legend pages say about them
    "GC 7923.615": "names and addresses of victims and witnesses in reports of listed crimes",
    "GC 7923.605": "records of complaints and investigations (investigatory file)",
    "GC 7927.700": "personal privacy (unwarranted invasion)",
    "PC 841.5": "address or telephone of a victim or witness",
    "PC 293": "identity of a victim of a sex offense",
    "WIC 827": "juvenile case file information",
}


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


def house(r, upper=False):
    """A full street address: the kind of value that is redacted (text removed, or hidden in a bad redaction)."""
    out = f"{r.randint(101, 4899)} {r.choice(STREETS)[1]}"
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
            if x < 0.4 and ranges:
                a = t - datetime.timedelta(minutes=r.randint(60, 900))
                b = t - datetime.timedelta(minutes=r.randint(5, 50))
                occ = ("range", a, b)
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": [], "withheld": {}})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


def box(c, x, y, w, fs, label=None, font="Helvetica-Bold", lfs=None):
    """A filled black redaction box over the text line at baseline y, optionally with a white label."""
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.rect(x - 1, y - fs * 0.28, w + 2, fs * 1.18, fill=1, stroke=0)
    if label:
        lfs = lfs or fs * 0.9
        c.setFillColorRGB(1, 1, 1)
        c.setFont(font, lfs)
        c.drawString(x + (w - stringWidth(label, font, lfs)) / 2, y + fs * 0.05, label)
    c.restoreState()


def label_w(label, font, fs):
    return stringWidth(label, font, fs) + 8


def wrap_tokens(tokens, font, fs, width):
    """Wrap a list of tokens (a word, or ('box', label, w)) into lines of (token, x) pairs."""
    lines, cur, x = [], [], 0.0
    space = stringWidth(" ", font, fs)
    for tok in tokens:
        if isinstance(tok, str):
            w = stringWidth(tok, font, fs)
        else:  # a box, with the punctuation that follows it drawn close after it
            w = tok[2] + (1.5 + stringWidth(tok[3], font, fs) if len(tok) == 4 else 0)
        if cur and x + space + w > width:
            lines.append(cur)
            cur, x = [], 0.0
        if cur:
            x += space
        cur.append((tok, x))
        x += w
    lines.append(cur)
    return lines


def words(s):
    return s.split()


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def sample(rec):
    out = {k: rec[k] for k in KEYS if k in rec and k not in rec["withheld"]}
    if rec["withheld"]:
        out["withheld"] = dict(rec["withheld"])
    return out


def entry(path, agency, doc_type, layout, redaction, recs, notes, count_check, extra=None, fields=None):
    n = len(recs)
    samples = [sample(recs[i]) for i in (0, n // 2, n - 1)]
    out = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs168.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "redaction": redaction,
        "scanned": False, "encrypted": False, "text_layer": "good" if "bad redaction" not in redaction else
        "good, but it still carries the text under the redaction boxes (see `redaction`)",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields or ["case_number", "type", "reported_at", "occurred_at", "occurred_from",
                                     "occurred_to", "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs168.py) from the records it drew, in "
                               "document order; checked by check_blind_logs168.py against `pdftotext -layout` "
                               "text (and, where boxes hide text, against the text left outside the boxes)",
        "record_count_check": count_check,
    }
    out.update(extra or {})
    out["notes"] = notes
    return out


def pick(r, recs, k, ok=lambda rec: True):
    """k records to redact, never the first, middle or last record (the samples stay readable)."""
    n = len(recs)
    pool = [i for i in range(1, n - 1) if i != n // 2 and ok(recs[i])]
    return sorted(r.sample(pool, k))


# 1 ------------------------------------------------------------------ Santa Orella, CA: table, bad redaction
DETAILS = ["RP reports damage to property", "Area checked, nothing found", "Report taken at station",
           "Caller reports loud party", "Subject left prior to arrival", "Vehicle towed by owner",
           "Officer advised both parties", "Property booked for safekeeping", "Alarm reset by keyholder",
           "Victim declined prosecution"]
HIDDEN = [("Subj. contacted:", "juv M/15, rel. to parent", "WIC 827"),
          ("Juvenile detained;", "age 16, school 9th grade", "WIC 827"),
          ("Prior call, see", "{prior} same addr", "GC 7927.700"),
          ("Veh. reg. to", "RO at {addr}", "GC 7927.700"),
          ("Witness lives at", "{addr}, ph 555-01{ph}", "GC 7923.615")]


def santa_orella(d, r):
    agency = "Santa Orella Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 5), 14, (6, 9), short=True, ranges=False)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1200 + r.randint(0, 60)
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Cited",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warned", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"S26-{seq:05d}"
        rec["disposition"] = short[rec["disposition"]]
    set_times(recs, "%m/%d/%y %H:%M")
    loc_idx = set(pick(r, recs, n * 2 // 5)) | {n // 2}  # the middle sample shows a withheld location
    det_idx = set(pick(r, recs, n // 3))
    hidden_priors = []
    for i, rec in enumerate(recs):
        rec["codes"] = []
        if i in loc_idx:
            rec["hidden_loc"] = house(r)
            rec["withheld"]["location"] = "PC 841.5"
            rec["codes"].append("PC 841.5")
        if i in det_idx:
            lead, tmpl, code = r.choice(HIDDEN)
            prior = f"S26-{r.randint(100, 990):05d}"
            hid = tmpl.format(prior=prior, addr=house(r), ph=f"{r.randint(0, 99):02d}")
            if "{prior}" in tmpl:
                hidden_priors.append(prior)
            rec["details"] = (lead, hid)
            if code not in rec["codes"]:
                rec["codes"].append(code)
        else:
            rec["details"] = (r.choice(DETAILS), None)
    assert len(hidden_priors) >= 3 and not set(hidden_priors) & {x["case_number"] for x in recs}
    F, S, L = "Helvetica", 7.5, 14
    cols = [("Case No.", 30), ("Reported", 86), ("Occurred", 150), ("Incident Type", 214), ("Location", 318),
            ("Details", 430), ("Disp.", 628), ("Exempt.", 684)]
    path = d / "santa-orella-daily-incident-log-2026-01-05-18-redacted.pdf"
    c = new_canvas(path, landscape(letter))
    pw, ph = landscape(letter)
    rows_per_page = 32
    npages = -(-n // rows_per_page)
    boxes = 0
    for p in range(npages):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(30, ph - 34, "SANTA ORELLA POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(30, ph - 48, "Daily Incident Log  01/05/2026 - 01/18/2026  |  Records Unit 555-0137")
        c.setFont("Helvetica-Bold", 8)
        banner = "REDACTED COPY  -  RELEASED UNDER THE CALIFORNIA PUBLIC RECORDS ACT  -  REQUEST R26-0214"
        c.drawString((pw - stringWidth(banner, "Helvetica-Bold", 8)) / 2, ph - 64, banner)
        c.setLineWidth(0.5)
        c.line(30, ph - 70, pw - 30, ph - 70)
        c.setFont("Helvetica-Bold", 8)
        for t, x in cols:
            c.drawString(x, ph - 82, t)
        c.line(30, ph - 87, pw - 30, ph - 87)
        y = ph - 100
        for rec in recs[p * rows_per_page:(p + 1) * rows_per_page]:
            c.setFont(F, S)
            vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"]]
            for v, (_, x) in zip(vals, cols):
                c.drawString(x, y, v)
            # bad redaction: the text is drawn first, then a black box over it; the text stays in the layer
            loc = rec.get("hidden_loc", rec["location"])
            c.drawString(cols[4][1], y, loc)
            if "hidden_loc" in rec:
                box(c, cols[4][1], y, stringWidth(loc, F, S), S)
                boxes += 1
            lead, hid = rec["details"]
            c.drawString(cols[5][1], y, lead)
            if hid:
                x = cols[5][1] + stringWidth(lead + " ", F, S)
                c.drawString(x, y, hid)
                box(c, x, y, stringWidth(hid, F, S), S)
                boxes += 1
                assert x + stringWidth(hid, F, S) < cols[6][1] - 4, hid
            c.drawString(cols[6][1], y, rec["disposition"])
            c.setFont(F, 7)
            c.drawString(cols[7][1], y, "; ".join(rec["codes"]))
            assert cols[7][1] + stringWidth("; ".join(rec["codes"]), F, 7) < pw - 20
            for k, v in enumerate(vals):
                assert cols[k][1] + stringWidth(v, F, S) < cols[k + 1][1] - 4, v
            y -= L
        if p == npages - 1:
            c.line(30, y + 6, pw - 30, y + 6)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(30, y - 8, f"Total incidents listed: {n}")
            c.setFont("Helvetica", 8)
            c.drawString(30, y - 22, "Redactions applied by the Records Unit 02/27/2026. Exempt. column: "
                         "PC 841.5 location (victim address); GC 7923.615 witness; WIC 827 juvenile; GC 7927.700 privacy.")
        c.setFont("Helvetica", 8)
        c.drawString(30, 28, "RMS DAILY LOG  run 01/19/26 06:02")
        c.drawString(pw - 90, 28, f"Page {p + 1} of {npages}")
        c.showPage()
    c.save()
    nl, nd = len(loc_idx), len(det_idx)
    return [entry(path, agency, "daily incident log released under the CPRA with redactions", "table with header",
                  f"bad redaction: {boxes} black boxes drawn over text that is still in the text layer "
                  f"({nl} locations, {nd} parts of the Details column); the exemption codes are printed in the "
                  "`Exempt.` column, not on the boxes", recs,
                  "A landscape RMS daily log (`Case No.  Reported  Occurred  Incident Type  Location  Details  Disp.  "
                  "Exempt.`), one row per incident, a banner `REDACTED COPY - RELEASED UNDER THE CALIFORNIA PUBLIC "
                  "RECORDS ACT - REQUEST R26-0214` on every page (the request number is no record). Trap: the "
                  "redaction is a bad one: the black boxes were drawn over the text, not in place of it, so "
                  "`pdftotext` still gives what the boxes hide: full street addresses in the Location column "
                  f"({nl} rows), and juvenile ages, registered-owner addresses, a witness's phone and prior case "
                  f"numbers shaped like the log's own ids ({', '.join(f'`{x}`' for x in hidden_priors[:3])}, ...) "
                  "in the Details column. The ground truth lists only what a reader of the page can report: a "
                  "boxed location is withheld (its sample says `withheld` with the code of the Exempt. column, "
                  "`PC 841.5`), the hidden prior numbers are neither records nor `related_numbers`, and the "
                  "hidden addresses are no locations. Occurred is one time or blank. Ends `Total incidents "
                  "listed: N`.",
                  "rows counted by the generator; the closing line gives the total",
                  extra={"hidden_numbers": hidden_priors},
                  fields=["case_number", "type", "summary", "reported_at", "occurred_at", "location",
                          "disposition"])]


# 2 ------------------------------------------------------------------ Quintero County, CA: labelled blocks
SYNOPSES = ["Deputies checked the area; no further information.", "The reporting party was advised of options.",
            "Property photographed and returned to the owner.", "Deputies stood by while the parties separated.",
            "A description was broadcast to patrol units.", "Follow-up assigned to the day shift."]


def quintero(d, r):
    agency = "Quintero County Sheriff's Office, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 21, (2, 5))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 3100 + r.randint(0, 60)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"QSO-26-{seq:05d}"
        cad += r.randint(3, 17)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, "%m/%d/%Y %H:%M")
    for i in pick(r, recs, n // 3):
        recs[i]["withheld"]["location"] = r.choice(["PC 841.5", "GC 7923.615"])
    recs[n // 2]["withheld"]["location"] = "GC 7923.615"  # the middle sample shows a withheld location
    for i in pick(r, recs, 4):
        recs[i]["withheld"]["type"] = "PC 293"
        recs[i]["withheld"].setdefault("location", "GC 7923.615")
    for i in pick(r, recs, 5, lambda rec: "type" not in rec["withheld"]):
        recs[i]["withheld"]["disposition"] = "WIC 827"
    syn_idx = set(pick(r, recs, n // 4))
    F, S, L = "Courier", 9, 12.5
    FB = "Helvetica-Bold"
    path = d / "quintero-county-so-press-log-2026-02-cpra-release.pdf"
    pw, ph = letter
    c = new_canvas(path, letter)
    title = "QUINTERO COUNTY SHERIFF'S OFFICE [invented]"
    # cover and exemption legend page
    c.setFont(FB, 15)
    c.drawString(60, ph - 80, title)
    c.setFont("Helvetica", 10.5)
    y = ph - 104
    for ln in ["Records Division  -  555-0152", "",
               "Response to California Public Records Act request No. PRA-26-0091",
               "Records released: Press log, February 2 - 22, 2026",
               f"Incident blocks released: {n}", "",
               "Information has been withheld where marked. Each black box carries the exemption that applies.",
               "The log pages follow this cover; nothing on this page is an incident."]:
        c.drawString(60, y, ln)
        y -= 15
    y -= 10
    c.setFont(FB, 11)
    c.drawString(60, y, "EXEMPTION LEGEND")
    y -= 18
    for code, what in CODES.items():
        box(c, 60, y, label_w(code, FB, 8), 10, code, FB, 8)
        c.setFont("Helvetica", 9.5)
        c.drawString(150, y, what)
        y -= 17
    c.setFont("Helvetica", 8)
    c.drawString(60, 40, "Cover - not part of the log")
    c.showPage()

    y0, bottom = ph - 78, 60
    cur = []
    pages = [cur]
    y = y0
    lab = 14 * S * 0.6  # labels are padded to 14 characters
    for i, rec in enumerate(recs):
        occ = ("not known" if rec["occ"] is None else
               rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}")
        syn = r.choice(SYNOPSES)
        lines = [[("INCIDENT NO:", rec["case_number"]), ("REPORTED:", rec["reported_at"])],
                 [("NATURE:", rec["type"], "type")], [("LOCATION:", rec["location"], "location")],
                 [("OCCURRED:", occ)], [("CAD NO:", rec["rel"][0][1])]]
        if i in syn_idx:
            lines.append([("SYNOPSIS:", None, "REDACTED - GC 7923.605")])
        else:
            lines.append([("SYNOPSIS:", syn)])
        lines.append([("DISPOSITION:", rec["disposition"], "disposition"), ("DEPUTY:", f"#{rec['badge']}")])
        need = len(lines) * L + 10
        if y - need < bottom:
            cur = []
            pages.append(cur)
            y = y0
        for ln in lines:
            for k, part in enumerate(ln):
                x = 54 + k * 270
                cur.append(("t", x, y, part[0], F, S))
                val = part[1]
                if len(part) == 3 and part[2] in rec["withheld"]:
                    code = rec["withheld"][part[2]]
                    cur.append(("b", x + lab, y, max(label_w(code, FB, 8), 70), code))
                elif len(part) == 3 and val is None:
                    cur.append(("b", x + lab, y, 300, part[2]))
                else:
                    cur.append(("t", x + lab, y, val, F, S))
            y -= L
        cur.append(("l", y + 4))
        y -= 10
    cur.append(("t", 54, y - 6, f"END OF RELEASE  -  INCIDENT BLOCKS: {n}", FB, 9.5))
    m = len(pages) + 1
    for k, items in enumerate(pages, 2):
        c.setFont(FB, 10.5)
        c.drawString(54, ph - 40, title + "  -  PRESS LOG")
        c.setFont("Helvetica", 8.5)
        c.drawString(54, ph - 53, "February 2 - 22, 2026  |  REDACTED FOR PUBLIC RELEASE UNDER THE CPRA")
        c.setLineWidth(0.5)
        c.line(54, ph - 58, pw - 54, ph - 58)
        for it in items:
            if it[0] == "t":
                c.setFont(it[4], it[5])
                c.drawString(it[1], it[2], it[3])
            elif it[0] == "b":
                box(c, it[1], it[2], it[3], S, it[4], FB, 8)
            else:
                c.setDash(2, 2)
                c.line(54, it[1], pw - 54, it[1])
                c.setDash()
        c.setFont("Helvetica", 8)
        c.drawString(pw - 110, 30, f"Page {k} of {m}")
        c.showPage()
    c.save()
    wl = sum("location" in rec["withheld"] for rec in recs)
    wt = sum("type" in rec["withheld"] for rec in recs)
    wd = sum("disposition" in rec["withheld"] for rec in recs)
    return [entry(path, agency, "press log released under the CPRA, with a cover and exemption legend",
                  "labelled blocks",
                  f"text removed; each black box carries its exemption code in white: {wl} locations, {wt} natures, "
                  f"{wd} dispositions and {len(syn_idx)} synopses withheld", recs,
                  "Labelled blocks in Courier (`INCIDENT NO:  QSO-26-0xxxx   REPORTED: 02/02/2026 05:22` / `NATURE:` / "
                  "`LOCATION:` / `OCCURRED:` a time, a `from to to` range or `not known` / `CAD NO:` a ten-digit "
                  "CAD number (listed in `related_numbers`, kind `cad`) / `SYNOPSIS:` / `DISPOSITION:  DEPUTY: #n`), "
                  "a dashed line between blocks, after a cover page with the request number `PRA-26-0091`, the "
                  "number of blocks released and an exemption legend (six codes on black boxes, no incident). "
                  "Trap: a withheld value is a black box with its exemption code printed on it in white, in the "
                  "place of the value, so the text layer reads `LOCATION:     PC 841.5`, `NATURE:       PC 293`, "
                  "`DISPOSITION:  WIC 827`, `SYNOPSIS:     REDACTED - GC 7923.605`: the codes stand where values "
                  "stand and look like values (and like numbers). The ground truth reports a withheld field as "
                  "absent: the sample lists it under `withheld` with its code, never as the value. The legend page "
                  "repeats every code. Ends `END OF RELEASE - INCIDENT BLOCKS: N`.",
                  "blocks counted by the generator; the cover and the closing line give the total",
                  fields=["case_number", "type", "summary", "reported_at", "occurred_at", "occurred_from",
                          "occurred_to", "location", "disposition"])]


# 3 ------------------------------------------------------------------ Bellasol, CA: prose, inline codes
NARR = [["A", "resident", "reported", "it", "from", "{box}."], ["Officers", "spoke", "with", "{box}", "at", "the", "scene."],
        ["The", "caller,", "{box},", "declined", "to", "give", "a", "statement."],
        ["A", "juvenile", "{box}", "was", "released", "to", "a", "parent."],
        ["Officers", "checked", "the", "area", "and", "found", "nothing", "further."],
        ["No", "injuries", "were", "reported."], ["The", "owner", "was", "notified."]]


def bellasol(d, r):
    agency = "Bellasol Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (9, 13))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"B26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()
        if rec["disposition"] == "citation issued":
            rec["rel"] = [("citation", f"C{r.randint(310000, 329999)}")]

    def fmt(t):
        return f"{t:%m/%d/%Y}, {t:%H%M} hrs"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    for i in pick(r, recs, n // 4):
        recs[i]["withheld"]["location"] = r.choice(["PC 841.5", "GC 7923.615"])
    recs[n // 2]["withheld"]["location"] = "PC 841.5"  # the middle sample shows a withheld location
    F, S, L, W = "Times-Roman", 11, 14, 612 - 2 * 64
    FB = "Helvetica-Bold"
    # entries withheld in full: no number, no date; they sit between released entries
    whole_at = sorted(r.sample(range(3, n - 3), 5))
    paras = []
    inline = 0
    for i, rec in enumerate(recs):
        if i in whole_at:
            paras.append(("whole", r.choice(["WIC 827", "GC 7923.605", "PC 293"])))
        if rec["occ"] is None:
            occ = []
        elif "occurred_at" in rec:
            occ = words(f"Occurred at about {rec['occurred_at']}.")
        else:
            occ = words(f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}.")
        toks = words(f"{rec['reported_at']} {D} {rec['type']} at")
        if "location" in rec["withheld"]:
            code = rec["withheld"]["location"]
            toks.append(("box", code, label_w(code, FB, 8.5)))
            toks.append(".")  # the full stop after the box
            inline += 1
        else:
            toks += words(rec["location"] + ".")
        toks += occ
        nar = r.choice(NARR)
        for w in nar:
            if "{box}" in w:
                code = "WIC 827" if "juvenile" in nar else "GC 7927.700"
                toks.append(("box", code, label_w(code, FB, 8.5)))
                inline += 1
                tail = w.replace("{box}", "")
                if tail:
                    toks.append(tail)
            else:
                toks.append(w)
        cit = words(f"Citation {rec['rel'][0][1]} issued.") if rec["rel"] else []
        toks += cit + words(f"Report {rec['case_number']}; {rec['disposition']}. Officer #{rec['badge']}.")
        # glue a lone '.' or ',' to the box before it (drawn right after the box)
        glued = []
        for t in toks:
            if t in (".", ",") and glued and not isinstance(glued[-1], str):
                glued[-1] = ("box", glued[-1][1], glued[-1][2], t)
            else:
                glued.append(t)
        paras.append(("rec", glued, rec))
    path = d / "bellasol-pd-media-log-2026-03-02-08-redacted.pdf"
    pw, ph = letter
    c = new_canvas(path, letter)
    pages, cur = [], []
    pages.append(cur)
    y0, bottom = ph - 100, 64
    y = y0
    for para in paras:
        if para[0] == "whole":
            need = 2 * L + 6
            if y - need < bottom:
                cur = []
                pages.append(cur)
                y = y0
            cur.append(("whole", y, para[1]))
            y -= need
            continue
        lines = wrap_tokens(para[1], F, S, W)
        for ln in lines:  # entries may run over a page break, line by line
            if y < bottom:
                cur = []
                pages.append(cur)
                y = y0
            cur.append(("line", y, ln))
            y -= L
        y -= 6
    if y - 2 * L < bottom:
        cur = []
        pages.append(cur)
        y = y0
    released = n
    cur.append(("end", y - 4, f"Entries released: {released}. Entries withheld in full: {len(whole_at)}."))
    m = len(pages)
    for k, items in enumerate(pages, 1):
        c.setFont("Times-Bold", 14)
        c.drawString(64, ph - 50, "BELLASOL POLICE DEPARTMENT [invented]")
        c.setFont("Times-Italic", 10.5)
        c.drawString(64, ph - 66, "Media Log  \u00b7  March 2 - 8, 2026  \u00b7  Public Information Office 555-0119")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(64, ph - 80, "PUBLIC COPY  -  REDACTED UNDER THE CALIFORNIA PUBLIC RECORDS ACT (GOV. CODE 7920.000 ET SEQ.)")
        c.setLineWidth(0.5)
        c.line(64, ph - 86, pw - 64, ph - 86)
        for it in items:
            if it[0] == "whole":
                y = it[1]
                c.setFillColorRGB(0, 0, 0)
                c.rect(64, y - L - 4, W, 2 * L, fill=1, stroke=0)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(FB, 9)
                c.drawString(64 + 12, y - L / 2 - 1, f"ENTRY WITHHELD IN FULL  -  {it[2]}")
                c.setFillColorRGB(0, 0, 0)
            elif it[0] == "line":
                y = it[1]
                c.setFont(F, S)
                for tok, x in it[2]:
                    if isinstance(tok, str):
                        c.setFont(F, S)
                        c.drawString(64 + x, y, tok)
                    else:
                        box(c, 64 + x, y, tok[2], S, tok[1], FB, 8.5)
                        if len(tok) == 4:
                            c.setFont(F, S)
                            c.drawString(64 + x + tok[2] + 1.5, y, tok[3])
            else:
                c.setFont("Times-Bold", 11)
                c.drawString(64, it[1], it[2])
        c.setFont("Times-Roman", 9.5)
        pg = f"Page {k} of {m}"
        c.drawString((pw - stringWidth(pg, "Times-Roman", 9.5)) / 2, 36, pg)
        c.showPage()
    c.save()
    wl = sum("location" in rec["withheld"] for rec in recs)
    return [entry(path, agency, "weekly media log released under the CPRA with redactions", "free text",
                  f"text removed; {inline} black boxes inside the sentences carry their exemption code in white "
                  f"({wl} of them stand for the location); {len(whole_at)} entries withheld in full", recs,
                  "A prose media log in Times, one paragraph per entry, shaped `MM/DD/2026, HHMM hrs \u2014 <type> "
                  "at <location>. Occurred between ... A resident reported it from [GC 7927.700]. Report B26-nnnn; "
                  "<disposition>. Officer #nnn.` (the id is the one `Report` number in the "
                  "paragraph; citation numbers `Citation C3xxxxx issued.` are listed in `related_numbers`, kind "
                  "`citation`). Paragraphs may run over a page break. Trap: the redaction boxes sit inside the "
                  "sentences with the exemption code printed on them in white, so the text layer reads `Theft - "
                  "shoplifting at PC 841.5. Occurred ...` or `spoke with GC 7927.700 at the scene`: the code "
                  "stands where the location or a person would be. A boxed location is withheld (the sample "
                  "lists it under `withheld`), not `PC 841.5`. Besides, "
                  f"{len(whole_at)} entries are withheld in full: a black bar two lines high with `ENTRY "
                  "WITHHELD IN FULL - WIC 827` (or another code) on it and no date, number or text. They are not "
                  "records here: no number, nothing a reader could report; the closing line counts them apart, "
                  f"`Entries released: {n}. Entries withheld in full: {len(whole_at)}.`",
                  "paragraphs counted by the generator; the closing line gives the released and the withheld counts",
                  extra={"withheld_in_full": {"count": len(whole_at), "counted_as_records": False,
                                              "codes": [p[1] for p in paras if p[0] == "whole"]}})]


# 4 ------------------------------------------------------------------ Mesa Linda, CA: numbered, partial ids
def mesa_linda(d, r):
    agency = "Mesa Linda Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 19), 12, (5, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4000 + r.randint(0, 90)
    for rec in recs:
        seq += r.randint(3, 14)
        rec["seq"] = seq
        rec["full"] = f"26-{seq:06d}"
        rec["case_number"] = rec["full"]
        rec["unit"] = f"{r.randint(1, 4)}L{r.randint(10, 29)}"
    set_times(recs, "%m/%d/%Y %H:%M")
    # juvenile cases: the last two digits of the number are boxed (text removed), one per hundred
    cand = pick(r, recs, n - 3)
    juv, hundreds = [], set()
    for i in [n // 2] + r.sample(cand, len(cand)):  # the middle sample is one of them
        h = recs[i]["seq"] // 100
        if h not in hundreds and len(juv) < 6:
            juv.append(i)
            hundreds.add(h)
    juv.sort()
    assert len(juv) >= 5
    for i in juv:
        rec = recs[i]
        rec["case_number"] = rec["full"][:-2]
        rec["type"] = r.choice(["Runaway juvenile", "Vandalism", "Theft - shoplifting", "Assault", "Trespass"])
        rec["withheld"]["location"] = "WIC 827"
    prefixes = [recs[i]["case_number"] for i in juv]
    assert len(set(prefixes)) == len(prefixes)
    F, S, L, W = "Helvetica", 9.5, 12.5, 612 - 96 - 54
    FB = "Helvetica-Bold"
    path = d / "mesa-linda-pd-numbered-incident-list-2026-01-19-30-redacted.pdf"
    pw, ph = letter
    c = new_canvas(path, letter)
    pages, cur = [[]], None
    cur = pages[0]
    y0, bottom = ph - 96, 70
    y = y0
    for k, rec in enumerate(recs, 1):
        occ = ""
        if "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        elif "occurred_from" in rec:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        if "location" in rec["withheld"]:
            head_toks = [rec["case_number"], ("box", None, stringWidth("00", F, S)), "(WIC", "827)", D]
            body = words(f"Reported {rec['reported_at']}. {rec['type']}, juvenile matter, location") + [
                ("box", "WIC 827", label_w("WIC 827", FB, 8), ".")] + words(f"{occ} Unit {rec['unit']}. "
                                                                              f"Disposition: {rec['disposition']}.")
        else:
            head_toks = [rec["case_number"], D]
            body = words(f"Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ} Unit {rec['unit']}. "
                         f"Disposition: {rec['disposition']}.")
        toks = head_toks + body
        lines = wrap_tokens(toks, F, S, W)
        if y - len(lines) * L < bottom:
            cur = []
            pages.append(cur)
            y = y0
        cur.append(("num", y, f"{k}."))
        for ln in lines:
            cur.append(("line", y, ln))
            y -= L
        y -= 5
    cur.append(("end", y - 6, f"Items listed: {n}  ({len(juv)} with the case number redacted in part, WIC 827)"))
    m = len(pages)
    for k, items in enumerate(pages, 1):
        c.setFont(FB, 12)
        c.drawString(54, ph - 44, "MESA LINDA POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(54, ph - 58, "Numbered Incident List  \u00b7  January 19 - 30, 2026  \u00b7  Records 555-0171")
        c.setFillColorRGB(0, 0, 0)
        c.rect(54, ph - 77, pw - 108, 12, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 8)
        ban = "REDACTED  -  CPRA REQUEST 26-PRA-0045  -  JUVENILE INFORMATION WITHHELD (WIC 827)"
        c.drawString((pw - stringWidth(ban, FB, 8)) / 2, ph - 74, ban)
        c.setFillColorRGB(0, 0, 0)
        for it in items:
            if it[0] == "num":
                c.setFont(F, S)
                c.drawString(54, it[1], it[2])
            elif it[0] == "line":
                for tok, x in it[2]:
                    if isinstance(tok, str):
                        c.setFont(F, S)
                        c.drawString(96 + x, it[1], tok)
                    else:
                        box(c, 96 + x, it[1], tok[2], S, tok[1], FB, 8)
                        if len(tok) == 4:
                            c.setFont(F, S)
                            c.drawString(96 + x + tok[2] + 1.5, it[1], tok[3])
            else:
                c.setFont(FB, 9.5)
                c.drawString(54, it[1], it[2])
        c.setFont("Helvetica", 8)
        c.drawString(54, 40, "Items are numbered in order of report.")
        c.drawString(pw - 110, 40, f"Page {k} of {m}")
        c.showPage()
    c.save()
    return [entry(path, agency, "numbered incident list released under the CPRA with juvenile redactions",
                  "numbered items",
                  f"text removed; {len(juv)} record numbers boxed in part (last two digits) with `(WIC 827)` after "
                  "them, the location of those records boxed with `WIC 827` on the box, and a black banner on "
                  "every page", recs,
                  f"Numbered items with a hanging number: `1.  {recs[0]['case_number']} {D} Reported "
                  f"{recs[0]['reported_at']}. {recs[0]['type']}, {recs[0]['location']}. ... Unit {recs[0]['unit']}. "
                  f"Disposition: {recs[0]['disposition']}.`, a white-on-black banner `REDACTED - CPRA REQUEST "
                  "26-PRA-0045 - JUVENILE INFORMATION WITHHELD (WIC 827)` on every page (`26-PRA-0045` is no "
                  "record). Trap: in juvenile cases the record number itself is redacted in part: its last two "
                  "digits are under a black box (removed from the text layer), followed by `(WIC 827)`, so the "
                  f"text reads `{prefixes[0]}   (WIC 827) {D} Reported ...`. Decision: such an item is still a "
                  "record (an incident with a date, a type and a disposition, numbered in the list and counted in "
                  "the closing total), and its id is the visible part of the number exactly as printed "
                  f"(`{prefixes[0]}`); the ids are listed in `partly_redacted_ids`. No two partly redacted numbers "
                  "share their visible part; a full number that begins with the same digits is another record. "
                  "Their location is withheld too (`withheld`). Ends `Items listed: N (k with the case number "
                  "redacted in part, WIC 827)`.",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total",
                  extra={"partly_redacted_ids": [{"record_index": i, "case_number": recs[i]["case_number"],
                                                  "printed": f"{recs[i]['case_number']}\u2588\u2588 (WIC 827)",
                                                  "digits_redacted": 2} for i in juv]})]


# 5 ------------------------------------------------------------------ Port of Almira, CA: call list + redaction log
PORT_PLACES = ["BERTH {n} GATE", "PIER {n} WAREHOUSE", "MARINA LOT {l}", "SLIP {l}-{n}", "{h} BLK HARBOR BLVD",
               "FERRY TERMINAL", "FUEL DOCK", "CRUISE TERMINAL {l}", "{h} BLK WHARF RD"]


def port_almira(d, r):
    agency = "Port of Almira Harbor Police, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 10, (9, 12), short=True, upper=True, ranges=False)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 500 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"HP26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        rec["type"] = rec["type"][:22]
        rec["location"] = r.choice(PORT_PLACES).format(n=r.randint(2, 40), l=r.choice("ABCDEF"),
                                                      h=r.randint(1, 30) * 100)
        rec["unit"] = f"H{r.randint(10, 29)}"
        rec["occ"] = None  # the call list prints no occurred time
    set_times(recs, "%m/%d/%y %H:%M")
    whole = pick(r, recs, 5)
    for i in whole:
        recs[i]["whole"] = r.choice(["GC 7923.605", "WIC 827", "PC 293"])
        recs[i]["withheld"] = {"all": recs[i]["whole"]}
    for i in pick(r, recs, n // 5, lambda rec: "whole" not in rec):
        recs[i]["withheld"]["location"] = r.choice(["PC 841.5", "GC 7923.615"])
    recs[n // 2]["withheld"]["location"] = "PC 841.5"  # the middle sample shows a withheld location
    for k, i in enumerate(pick(r, recs, 6, lambda rec: "whole" not in rec)):
        recs[i]["withheld"]["type"] = "PC 293"
        if k % 2 == 0:  # a sex-offense victim's location goes too
            recs[i]["withheld"]["location"] = "GC 7923.615"
    F, S, L = "Courier", 8.5, 11.5
    FB = "Courier-Bold"
    cw = S * 0.6
    pw, ph = landscape(letter)
    X = [30, 30 + 12 * cw, 30 + 28 * cw, 30 + 54 * cw, 30 + 82 * cw, 30 + 88 * cw, 30 + 94 * cw]
    # lines: list of ('row', rec) / ('day', text) / ('text', text, font)
    body = []
    for i, rec in enumerate(recs):
        body.append(("row", rec))
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            body.append(("text", f"      CALLS {rec['dt']:%m/%d/%y}: {cnt:3d}", F))
    body.append(("text", "-" * 110, F))
    body.append(("text", f"CALLS LISTED: {n}    WITHHELD IN FULL (NUMBER SHOWN): {len(whole)}", FB))
    # the redaction log: one line per redaction, in log order
    rlog = []
    for rec in recs:
        if "whole" in rec:
            rlog.append((rec["case_number"], "ENTIRE ENTRY", rec["whole"]))
        for f in ("type", "location"):
            if f in rec["withheld"]:
                rlog.append((rec["case_number"], {"type": "NATURE", "location": "LOCATION"}[f], rec["withheld"][f]))
    per = 40
    chunks = [body[i:i + per] for i in range(0, len(body), per)]
    m = len(chunks) + 1
    path = d / "port-almira-harbor-police-call-list-2026-04-06-15-redacted.pdf"
    c = new_canvas(path, landscape(letter))

    def head(k, sub):
        c.setFont(FB, 10)
        c.drawString(30, ph - 36, "PORT OF ALMIRA HARBOR POLICE [invented]   CALL LIST  HPC-11")
        c.setFont(F, S)
        c.drawString(30, ph - 36 - L, f"RUN 04/16/26 04:10   PERIOD 04/06/26-04/15/26   DISPATCH 555-0108   {sub}")
        c.drawString(30, 30, f"PAGE {k:3d} OF {m:3d}")

    for k, chunk in enumerate(chunks, 1):
        head(k, "CPRA RELEASE - REDACTED")
        c.setFont(FB, S)
        y = ph - 36 - 3 * L
        for t, x in zip(["CALL NO", "RECEIVED", "NATURE", "LOCATION", "DISP", "UNIT"], X):
            c.drawString(x, y, t)
        y -= L * 0.6
        c.setFont(F, S)
        c.drawString(30, y, "-" * 110)
        y -= L
        for it in chunk:
            if it[0] == "row":
                rec = it[1]
                c.setFont(F, S)
                c.drawString(X[0], y, rec["case_number"])
                if "whole" in rec:
                    lab = f"***  ENTRY WITHHELD IN FULL - {rec['whole']}  ***"
                    box(c, X[1], y, X[6] + 4 * cw - X[1], S, lab, FB, S)
                else:
                    c.drawString(X[1], y, rec["reported_at"])
                    for f, x, w in (("type", X[2], 23 * cw), ("location", X[3], 27 * cw)):
                        if f in rec["withheld"]:
                            box(c, x, y, min(w, label_w(rec["withheld"][f], FB, S) + 20), S, rec["withheld"][f], FB, S)
                        else:
                            c.setFont(F, S)
                            c.drawString(x, y, rec[f])
                            assert len(rec[f]) < 27
                    c.setFont(F, S)
                    c.drawString(X[4], y, rec["disposition"])
                    c.drawString(X[5], y, rec["unit"])
            else:
                c.setFont(it[2], S)
                c.drawString(30, y, it[1])
            y -= L
        c.showPage()
    head(m, "REDACTION LOG")
    y = ph - 36 - 3 * L
    c.setFont(FB, 10)
    c.drawString(30, y, "REDACTION LOG  -  CPRA REQUEST HPD-PRA-26-017")
    y -= 1.5 * L
    c.setFont(FB, S)
    for t, x in zip(["CALL NO", "FIELD", "BASIS"], [30, 30 + 14 * cw, 30 + 30 * cw]):
        c.drawString(x, y, t)
    y -= L
    c.setFont(F, S)
    for num, field, code in rlog:
        for t, x in zip([num, field, code], [30, 30 + 14 * cw, 30 + 30 * cw]):
            c.drawString(x, y, t)
        y -= L
    assert y > 50
    c.setFont(FB, S)
    c.drawString(30, y - 4, f"REDACTIONS: {len(rlog)}   LOG ENTRIES AFFECTED: {len({x[0] for x in rlog})}")
    c.showPage()
    c.save()
    twice = sorted({x[0] for x in rlog if sum(y[0] == x[0] for y in rlog) > 1})
    assert len(rlog) < per and twice
    return [entry(path, agency, "call list released under the CPRA, with a redaction log", "other: fixed-width call list, "
                  "one line per call, with a redaction log appendix",
                  f"text removed; {len(whole)} rows withheld in full but for the call number, {len(rlog) - len(whole)} "
                  "fields boxed with the code in white; a redaction log on the last page", recs,
                  "A fixed-width Courier call list (`CALL NO  RECEIVED  NATURE  LOCATION  DISP  UNIT`, one line per "
                  "call, `CALLS 04/06/26:  11` after each day, berth, pier and slip numbers in the locations), "
                  f"`PAGE k OF {m}` on every page. Trap: {len(whole)} rows are withheld in full except their call "
                  "number: the number is printed and the rest of the row is one black bar with `*** ENTRY WITHHELD "
                  "IN FULL - WIC 827 ***` on it. Decision: such a row is a record (an incident with its own id, "
                  "nothing else reportable; in `case_numbers`, and counted in `CALLS LISTED`), unlike the prose "
                  "log's numberless withheld entries. The last page is a `REDACTION LOG` that prints the number of "
                  f"every redacted call again, one line per redaction ({len(rlog)} lines; "
                  f"{', '.join(f'`{x}`' for x in twice)} twice): those lines are no records, and a second "
                  "occurrence of a number there is no second record. Boxed NATURE and LOCATION cells carry their "
                  "code (`PC 293`, `PC 841.5`, `GC 7923.615`) and are withheld (`withheld` in the samples). Ends "
                  f"`CALLS LISTED: {n}    WITHHELD IN FULL (NUMBER SHOWN): {len(whole)}` before the log.",
                  "calls counted by the generator; the day counts and the closing line give the total",
                  extra={"withheld_in_full": {"count": len(whole), "counted_as_records": True,
                                              "case_numbers": [recs[i]["case_number"] for i in whole]},
                         "redaction_log": [{"case_number": a, "field": b, "basis": c_} for a, b, c_ in rlog]},
                  fields=["case_number", "type", "reported_at", "location", "disposition", "unit"])]


AGENCIES = [("santa-orella-ca-pd", 1, santa_orella), ("quintero-county-ca-so", 2, quintero),
            ("bellasol-ca-pd", 3, bellasol), ("mesa-linda-ca-pd", 4, mesa_linda),
            ("port-almira-ca-harbor-pd", 5, port_almira)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
