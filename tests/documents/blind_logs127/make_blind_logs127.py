# ruff: noqa: E701, E702  (compact checks, one per line, as written)
"""Generate a held-out set of incident logs with dates in words, 12-hour clocks and grouped numbers.

One line or sentence may list several incidents (a range "25-1001 through 25-1004" or a list);
the ground truth counts each incident. Everything is invented. Deterministic: fixed seed,
reportlab invariant mode. Run: python make_blind_logs127.py [OUT_DIR]
"""
import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261207
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TYPES = ["Vehicle break-in", "Theft from yard", "Vandalism", "Mailbox tampering", "Tire slashing",
         "Catalytic converter theft", "Graffiti", "Shed burglary", "Package theft", "Disturbance"]
SINGLE = ["Welfare check", "Traffic collision", "Noise complaint", "Found property", "Shoplifting",
          "Suspicious person", "Domestic disturbance", "Trespass warning", "Fraud report", "Lost dog"]
DISPS = ["Report taken", "Closed", "Referred to detectives", "Arrest made", "Unfounded", "Pending"]
STREETS = ["Quarrel Ln", "Birchmont Ave", "Tessaly St", "Harrow Ridge Rd", "Orland Ct", "Veyne Pl",
           "Copperwick Dr", "Salting Way", "Mossbank Rd", "Lintel Ave"]


def words_date(d):
    return f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def clock(t, style):
    h = t.hour % 12 or 12
    ap = ["AM", "PM"][t.hour >= 12]
    if style == 1:
        ap = ap[0].lower() + "." + ap[1].lower() + "."
    return f"{h}:{t.minute:02d} {ap}"


def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def pages_of(p):
    out = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))


def draw(path, title, lines, per=58):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(""); c.setCreator(""); c.setProducer("")
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    for i, ch in enumerate(chunks, 1):
        y = 750
        c.setFont("Helvetica-Bold", 10); c.drawString(36, y, title); y -= 18
        c.setFont("Courier", 6.8)
        for ln in ch:
            c.drawString(36, y, ln); y -= 11.5
        c.setFont("Helvetica", 7); c.drawString(36, 24, f"Page {i} of {len(chunks)}")
        c.showPage()
    c.save()


def groups(r, prefix, start, n):
    """Split n incidents into groups of 1-4 consecutive numbers; returns list of lists of ids."""
    out, k = [], start
    while sum(map(len, out)) < n:
        left = n - sum(map(len, out))
        g = min(left, r.choice([1, 1, 1, 2, 3, 4]))
        ids = [f"{prefix}-{k + j}" for j in range(g)]
        k += g + r.randint(0, 2)
        out.append(ids)
    return out


def build(no, folder, agency, title, layout, doctype, prefix, start, n, fmt, trapnote, fields):
    r = random.Random(SEED + no)
    d0 = datetime.datetime(2025, r.randint(2, 10), 3, 0, 0)
    gs = groups(r, prefix, start, n)
    recs, lines, related = [], [], []
    t = d0
    for gi, ids in enumerate(gs):
        t += datetime.timedelta(minutes=r.randint(40, 700))
        st = r.choice(STREETS)
        typ = r.choice(TYPES) if len(ids) > 1 else r.choice(SINGLE)
        disp = r.choice(DISPS)
        loc = f"{r.randint(100, 4999)} block {st}" if len(ids) > 1 else f"{r.randint(100, 4999)} {st}"
        rel = None
        if gi % 5 == 2:
            rel = f"C{t.year % 100}-{r.randint(100000, 999999)}"
        if fmt is f_table:
            typ = typ[:24]
        if fmt is f_free:
            typ = typ.lower()
        new, when = fmt(r, ids, t, typ, loc, disp, rel)
        lines.extend(new)
        for i in ids:
            rec = {"case_number": i, "reported_at": when,
                   "type": typ, "location": loc, "disposition": disp, "_ids": ids, "_rel": rel}
            recs.append(rec)
            if rel:
                related.append({"record": i, "kind": "CAD incident number", "number": rel})
    lines.append("")
    lines.append(f"Total incidents this period: {len(recs)}")
    return recs, lines, related


def rng_text(ids, word):
    if len(ids) == 1:
        return ids[0]
    if len(ids) == 2 or word == "list":
        return ", ".join(ids[:-1]) + " and " + ids[-1]
    return f"{ids[0]} {word} {ids[-1]}"


def f_table(r, ids, t, typ, loc, disp, rel):
    head = rng_text(ids, "thru")
    out = [f"{words_date(t)[:-6]:<22} {clock(t, 0):>8}  {head:<21} {typ:<24} {loc:<26} {disp}"]
    if rel:
        out.append(f"{'':33}CAD {rel}")
    return out, f"{words_date(t)[:-6]:<22} {clock(t, 0):>8}"


def f_blocks(r, ids, t, typ, loc, disp, rel):
    lab = "Case No.:" if len(ids) == 1 else "Case Nos.:"
    out = [f"{lab:<12}{rng_text(ids, 'list')}", f"{'Reported:':<12}{words_date(t)} at {clock(t, 1)}",
           f"{'Offense:':<12}{typ}" + (f" ({len(ids)} counts)" if len(ids) > 1 else ""),
           f"{'Location:':<12}{loc}", f"{'Status:':<12}{disp}"]
    if rel:
        out.append(f"{'Dispatch:':<12}{rel}")
    return out + [""], f"{words_date(t)} at {clock(t, 1)}"


def f_free(r, ids, t, typ, loc, disp, rel):
    many = len(ids) > 1
    s = (f"At {clock(t, 0)} on {words_date(t)}, officers took report{'s' if many else ''} "
         f"{rng_text(ids, 'through')} ({typ.lower()}{', ' + str(len(ids)) + ' incidents' if many else ''}) "
         f"at {loc}. {disp}.")
    if rel:
        s += f" Call {rel}."
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > 100:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out + [""], f"At {clock(t, 0)} on {words_date(t)}"


PARA = [0]


def f_para(r, ids, t, typ, loc, disp, rel):
    PARA[0] += 1
    lab = "Incident" if len(ids) == 1 else "Incidents"
    out = [f"{PARA[0]}.  {lab} {rng_text(ids, 'to')} -- {words_date(t)}, {clock(t, 1)}",
           f"     {typ}, {loc}. Disposition: {disp}."]
    if rel:
        out.append(f"     Dispatch record {rel}.")
    return out, f"{words_date(t)}, {clock(t, 1)}"


def f_daily(r, ids, t, typ, loc, disp, rel):
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th")
    when = f"{MONTHS[t.month - 1]} {t.day}{sfx}, {clock(t, 0)}"
    out = [f"{when:<22}  #{rng_text(ids, 'through')}  {typ} at {loc}  [{disp}]"]
    if rel:
        out.append(f"{'':24}CAD {rel}")
    return out, when


AGENCIES = [
    (1, "ashgrove-tx-pd", "Ashgrove Police Department, TX [invented]",
     "ASHGROVE POLICE DEPARTMENT - INCIDENT LOG   Date / Time / Case No(s). / Type / Location / Disposition",
     "table with header", "incident log", "25", 1001, 96, f_table,
     "case column may hold a range 'A thru B'; CAD numbers on continuation lines"),
    (2, "kelvane-oh-pd", "Kelvane Police Department, OH [invented]",
     "KELVANE POLICE DEPARTMENT - REPORTED OFFENSES (one block per report group)",
     "labelled blocks", "offense report list", "25", 4101, 74, f_blocks,
     "'Case Nos.:' label lists several numbers 'A, B and C'; Dispatch numbers in blocks"),
    (3, "morrow-flats-ne-so", "Morrow Flats County Sheriff's Office, NE [invented]",
     "MORROW FLATS COUNTY SHERIFF - WEEKLY NARRATIVE OF REPORTS",
     "free text", "narrative activity summary", "SO25", 3300, 58, f_free,
     "sentences list 'A through B' ranges that can wrap across lines; Call numbers"),
    (4, "pellbrook-wa-pd", "Pellbrook Police Department, WA [invented]",
     "PELLBROOK POLICE - PRESS LOG OF INCIDENTS",
     "numbered paragraphs", "press log", "25", 7720, 112, f_para,
     "paragraph numbers count groups, not incidents; 'A to B' ranges"),
    (5, "dunmere-vt-pd", "Dunmere Police Department, VT [invented]",
     "DUNMERE POLICE - DAILY LOG",
     "free text", "daily log (time-ordered entries)", "25", 2050, 63, f_daily,
     "entries '#A through B' count each incident; total line counts incidents"),
]


def main():
    for no, folder, agency, title, layout, doctype, prefix, start, n, fmt, trap in AGENCIES:
        PARA[0] = 0
        recs, lines, related = build(no, folder, agency, title, layout, doctype, prefix, start, n, fmt, trap, None)
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        fname = f"{folder}-incidents-2025.pdf"
        p = d / fname
        draw(p, title, lines)
        pick = [recs[0], recs[len(recs) // 2], recs[-1]]
        gt = [{
            "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": f"make_blind_logs127.py (seed {SEED} + {no})",
            "sha256": sha(p), "bytes": p.stat().st_size, "pages": pages_of(p), "agency": agency,
            "document_type": doctype, "layout": layout, "scanned": False, "encrypted": False,
            "text_layer": "good", "record_count": len(recs),
            "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
            "fields_present": ["case_number", "reported_at", "type", "location", "disposition"],
            "sample_records": [{k: v for k, v in x.items() if not k.startswith("_")} for x in pick],
            "case_numbers_source": "generator dicts; a range or list line yields one record per number",
            "record_count_check": f"printed total line 'Total incidents this period: {len(recs)}'",
            "notes": "Trap: " + trap + ". reported_at is date in words plus 12-hour time; in the "
                     "PDF the date and time may be printed in another order or with the weekday/year apart.",
        }]
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")


if __name__ == "__main__":
    main()
