"""Generate the seventy-fourth held-out set of incident-log PDFs and their ground truth.

Every page is a SCAN: a low-resolution grey JPEG of the printed page with an invisible OCR text
layer drawn under it (reportlab text render mode 3). The text layer carries typical OCR errors in
WORDS only (O read as 0, l and I read as 1); numbers (ids, dates, times, related numbers) are read
right, so ground-truth numbers are the printed ones. A few lines per page are skewed (printed a
little crooked; the text layer follows the tilt), and one page of one PDF has NO text layer.
Five layouts: a register table with a form-line serial column and page subtotals; a sheriff's
log grouped under day banners with wrapped remarks; typed index cards (labelled blocks); a watch
commander's shift memo (free text, id at the paragraph's end); a dot-matrix two-line entry
printout with code legend. Every agency, place and number is invented; no person is named.
Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs74/make_blind_logs74.py [OUT_DIR]
"""

import datetime
import hashlib
import io
import json
import math
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20257474
DPI = 60
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
STREETS = [
    "Alderwick",
    "Brambling",
    "Copperleaf",
    "Dunmore",
    "Eastwold",
    "Farrowby",
    "Greystock",
    "Hollin",
    "Inchbrook",
    "Jessamine",
    "Kestrel",
    "Lowfield",
    "Marlpit",
    "Netherby",
    "Orchardine",
    "Pinnock",
    "Rookery",
    "Sallow",
    "Thistlebank",
    "Upcott",
    "Wexcombe",
]
SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "WAY", "CT"]
TYPES = [
    "BURGLARY - AUTO",
    "BURGLARY - RESIDENCE",
    "THEFT - BICYCLE",
    "SUSPICIOUS VEHICLE",
    "WELFARE CHECK",
    "ALARM - COMMERCIAL",
    "DISTURBANCE - LOUD MUSIC",
    "VANDALISM",
    "FOLLOW UP",
    "LOST PROPERTY",
    "TRAFFIC COLLISION",
    "MISSING PERSON - LOCATED",
    "ANIMAL CALL",
    "CIVIL PROBLEM",
    "FRAUD - ELDER",
    "TRESPASS",
    "HIT AND RUN",
    "SOLICITING",
    "ILLEGAL BURNING",
    "LOITERING",
]
DISP = [
    "REPORT TAKEN",
    "NO REPORT",
    "UNFOUNDED",
    "GONE ON ARRIVAL",
    "ADVISED",
    "REFERRED",
    "CLOSED",
    "ARREST",
    "CITATION",
    "OTHER AGENCY",
]
REMARKS = [
    "Caller reported an unknown vehicle idling in the lot for a long while.",
    "Owner will follow up with a list of stolen items and serial numbers.",
    "Area checked, all quiet, nothing located on the premises.",
    "Parties separated and advised; no crime alleged by either party.",
    "Officer collected a doorbell video clip from the neighbour's porch camera.",
    "Reporting party only wanted the incident logged for insurance.",
    "Roll call informed; extra patrol requested for the following week.",
    "Located in good health at a relative's home; family notified.",
]


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS).upper()} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def ocr_words(r, text, rate=0.12):
    """The text layer's reading of a printed line: O->0, l->1, I->1 inside some words only."""
    out = []
    for w in text.split(" "):
        if w and not any(ch.isdigit() for ch in w) and r.random() < rate and any(ch in "OlI" for ch in w):
            i = [j for j, ch in enumerate(w) if ch in "OlI"]
            j = r.choice(i)
            w = w[:j] + {"O": "0", "l": "1", "I": "1"}[w[j]] + w[j + 1 :]
        out.append(w)
    return " ".join(out)


# A page is a list of items (x_pt, y_pt, text, size, bold, skew_degrees, ocr_ok).
def item(x, y, text, size=8.5, bold=False, skew=0.0, ocr=True):
    return (x, y, text, size, bold, skew, ocr)


def render(path, pages, r, blank_page=None):
    """Draw each page as a grey JPEG scan over an invisible text layer (none on blank_page)."""
    w, h = letter
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    scale = DPI / 72.0
    for pno, items in enumerate(pages, 1):
        img = Image.new("L", (int(w * scale), int(h * scale)), 236)
        d = ImageDraw.Draw(img)
        for x, y, text, size, bold, skew, ocr in items:
            font = ImageFont.truetype(FONT_B if bold else FONT, max(6, round(size * scale)))
            if skew:
                tw = int(font.getlength(text)) + 8
                th = int(size * scale * 1.6)
                tile = Image.new("L", (tw, th), 0)
                ImageDraw.Draw(tile).text((2, 2), text, fill=255, font=font)
                tile = tile.rotate(skew, resample=Image.BILINEAR, expand=True)
                top = int((h - y) * scale - size * scale * 1.0) - int(tw * math.sin(math.radians(abs(skew))))
                img.paste(Image.new("L", tile.size, 40), (int(x * scale), max(0, top)), tile)
            else:
                d.text((x * scale, (h - y) * scale - size * scale * 0.95), text, fill=40, font=font)
            if pno != blank_page:
                t = ocr_words(r, text) if ocr else text
                c.saveState()
                c.translate(x, y)
                if skew:
                    c.rotate(skew)
                tx = c.beginText(0, 0)
                tx.setTextRenderMode(3)
                tx.setFont("Courier-Bold" if bold else "Courier", size)
                tx.textOut(t)
                c.drawText(tx)
                c.restoreState()
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=22, optimize=False)
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    return len(pages)


def base_records(r, days, n, start, fmt_id, fmt_when, related):
    """Records as dicts; related(r, rec) may add (kind, number) and edit the disposition."""
    recs = []
    for (d, hh, mm), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {
            "case_number": fmt_id(k),
            "reported_at": fmt_when(d, hh, mm),
            "type": r.choice(TYPES),
            "location": addr(r),
            "disposition": r.choice(DISP),
            "summary": r.choice(REMARKS),
            "day": d,
            "hhmm": f"{hh:02d}{mm:02d}",
            "related": [],
        }
        related(r, rec, recs)
        recs.append(rec)
    return recs


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def days(month, first, last):
    return [(2025, month, x) for x in range(first, last + 1)]


def paginate(blocks, top, bottom, head, foot):
    """blocks: list of (height, draw(y) -> items). Returns pages of items; head(pno)/foot(pno, N)."""
    pages, cur, y = [], [], top
    for hgt, draw in blocks:
        if hgt is None:
            pages.append(cur)
            cur, y = [], top
            continue
        if y - hgt < bottom:
            pages.append(cur)
            cur, y = [], top
        cur += draw(y)
        y -= hgt
    pages.append(cur)
    n = len(pages)
    return [head(i + 1) + p + foot(i + 1, n) for i, p in enumerate(pages)]


def skewer(r, rate):
    return r.choice((-0.7, 0.6, 0.8, -0.5)) if r.random() < rate else 0.0


# ---------------------------------------------------------------- 1: Harrow Glen register (table)


def hg_related(r, rec, recs):
    if rec["disposition"] == "ARREST":
        num = f"HGB-{r.randint(10000, 99999)}"
        rec["disposition"] = f"ARREST BKG {num}"
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "CITATION":
        num = f"WI{r.randint(1000000, 9999999)}"
        rec["disposition"] = f"CIT {num}"
        rec["related"].append(("citation", num))


def hg_records(r, ds, n, start):
    return base_records(
        r, ds, n, start, lambda k: f"HG-25-{k:05d}", lambda d, hh, mm: f"{mdy(d)} {hh:02d}{mm:02d}", hg_related
    )


def hg_pages(r, recs, label):
    ctrl0 = r.randint(3000, 8000)
    cols = [(36, "FORM LN"), (84, "CASE NO."), (160, "RECEIVED"), (252, "NATURE"), (390, "LOCATION"), (500, "DISP")]

    def head(p):
        return [
            item(36, 750, "HARROW GLEN POLICE DEPARTMENT - DAILY INCIDENT REGISTER", 10, True),
            item(36, 736, f"{label}    Records Unit 555-0147    Sheet {p}"),
            item(36, 712, "", 8),
        ] + [item(x, 712, t, 7.5, True) for x, t in cols]

    def foot(p, n):
        return [item(36, 40, f"Sheet {p} of {n}   -- scanned from file copy --", 7.5)]

    blocks = []
    per_page = 44
    for i, rec in enumerate(recs):

        def draw(y, rec=rec, i=i):
            return [
                item(36, y, f"{ctrl0 + i:05d}", 7.5),
                item(84, y, rec["case_number"], 8),
                item(160, y, rec["reported_at"], 8),
                item(252, y, rec["type"][:26], 8),
                item(390, y, rec["location"][:22], 7.5),
                item(500, y, rec["disposition"], 7.5, skew=skewer(r, 0.04)),
            ]

        rec["type"] = rec["type"][:26]
        rec["location"] = rec["location"][:22]
        blocks.append((14, draw))
        if (i + 1) % per_page == 0 and i + 1 < len(recs):
            blocks.append(
                (20, lambda y, k=i + 1: [item(84, y - 4, f"SHEET SUBTOTAL ............ {per_page} incidents", 8, True)])
            )
            blocks.append((None, None))
    blocks.append((20, lambda y: [item(84, y - 6, f"TOTAL INCIDENTS THIS REGISTER: {len(recs)}", 9, True)]))
    return paginate(blocks, 696, 60, head, foot)


# ---------------------------------------------------------------- 2: Quillmoor County day banners


def qc_related(r, rec, recs):
    if r.random() < 0.15:
        num = f"NDHP-25-{r.randint(1000, 9999)}"
        rec["summary"] = f"Assisted ND Highway Patrol, their case {num}."
        rec["related"].append(("other_agency_case", num))
    elif rec["disposition"] == "ARREST":
        num = f"QJ{r.randint(100000, 999999)}"
        rec["disposition"] = f"ARREST JAIL {num}"
        rec["related"].append(("booking_number", num))


def qc_records(r, ds, n, start):
    return base_records(
        r, ds, n, start, lambda k: f"25Q{k:05d}", lambda d, hh, mm: f"{mdy(d)} {hh:02d}{mm:02d}", qc_related
    )


def qc_pages(r, recs, label):
    def head(p):
        return [
            item(36, 752, "QUILLMOOR COUNTY SHERIFF'S OFFICE", 11, True),
            item(36, 738, f"Calls for Service Log  {label}  Dispatch 555-0162"),
            item(36, 716, "TIME  INCIDENT    NATURE / REMARKS", 8, True),
            item(330, 716, "LOCATION", 8, True),
            item(470, 716, "ACTION", 8, True),
        ]

    def foot(p, n):
        return [item(460, 36, f"pg {p}/{n}", 7.5)]

    blocks, cur = [], None
    for rec in recs:
        if rec["day"] != cur:
            cur = rec["day"]
            k = sum(1 for x in recs if x["day"] == cur)
            name = datetime.date(*cur).strftime("%A").upper()
            banner = f"==== {name} {mdy(cur)} ==== ({k} calls)"
            blocks.append((22, lambda y, t=banner: [item(36, y - 6, t, 9, True)]))
        words, lines = rec["summary"].split(), [""]
        for wd in words:
            if len(lines[-1]) + len(wd) + 1 > 42:
                lines.append("")
            lines[-1] = (lines[-1] + " " + wd).strip()

        def draw(y, rec=rec, lines=lines):
            out = [
                item(36, y, rec["hhmm"], 8),
                item(66, y, rec["case_number"], 8, True),
                item(126, y, rec["type"], 8),
                item(330, y, rec["location"], 7.5),
                item(470, y, rec["disposition"], 7.5),
            ]
            for j, ln in enumerate(lines):
                out.append(item(126, y - 11 * (j + 1), ln, 7.5, skew=skewer(r, 0.05)))
            return out

        blocks.append((11 * (len(lines) + 1) + 5, draw))
    blocks.append((20, lambda y: [item(36, y - 8, f"END OF LOG - CALLS LISTED: {len(recs)}", 9, True)]))
    return paginate(blocks, 700, 56, head, foot)


# ---------------------------------------------------------------- 3: Saltmarsh Point index cards


def sp_related(r, rec, recs):
    if recs and r.random() < 0.12:
        num = r.choice(recs[-12:])["case_number"]
        rec["related"].append(("earlier_case_cited", num))
        rec["summary"] = rec["summary"] + f" Cross-ref. {num}."
    elif rec["disposition"] == "CITATION":
        num = f"ME-{r.randint(100000, 999999)}-C"
        rec["disposition"] = f"CITATION {num}"
        rec["related"].append(("citation", num))


def sp_records(r, ds, n, start):
    return base_records(
        r, ds, n, start, lambda k: f"SP25-{k:05d}", lambda d, hh, mm: f"{mdy(d)} {hh:02d}:{mm:02d}", sp_related
    )


def sp_pages(r, recs, label):
    def head(p):
        return [
            item(54, 752, "SALTMARSH POINT POLICE - INCIDENT CARDS", 10, True),
            item(54, 739, f"{label}  (cards photocopied for release)  555-0118"),
        ]

    def foot(p, n):
        return [item(54, 36, f"- {p} -", 8)]

    blocks = []
    for rec in recs:
        rem = rec["summary"]
        lines = textwrap.wrap(rem, 58)

        def draw(y, rec=rec, lines=lines):
            out = [
                item(60, y, f"CASE NO. {rec['case_number']}", 9, True),
                item(60, y - 12, f"NATURE....: {rec['type']}"),
                item(60, y - 23, f"REPORTED..: {rec['reported_at']}"),
                item(60, y - 34, f"LOCATION..: {rec['location']}"),
                item(60, y - 45, f"OUTCOME...: {rec['disposition']}", skew=skewer(r, 0.04)),
            ]
            for j, ln in enumerate(lines):
                out.append(item(60, y - 56 - 11 * j, ("REMARKS...: " if j == 0 else "            ") + ln, 8))
            out.append(item(60, y - 62 - 11 * len(lines) + 4, "-" * 78, 7))
            return out

        blocks.append((64 + 11 * len(lines), draw))
    blocks.append((20, lambda y: [item(60, y - 6, f"CARDS IN THIS RELEASE: {len(recs)}", 9, True)]))
    return paginate(blocks, 716, 52, head, foot)


# ---------------------------------------------------------------- 4: Ferrow Valley shift memo (free text)


def fv_related(r, rec, recs):
    rec["type"] = rec["type"].lower()
    rec["disposition"] = rec["disposition"].capitalize()
    if r.random() < 0.2:
        num = f"CAD{r.randint(25100000, 25109999)}"
        rec["related"].append(("cad_number", num))
        rec["summary"] = rec["summary"] + f" CAD event {num}."


def fv_records(r, ds, n, start):
    return base_records(
        r, ds, n, start, lambda k: f"25-FV-{k:04d}", lambda d, hh, mm: f"{mdy(d)} {hh:02d}{mm:02d}", fv_related
    )


def fv_text(rec):
    return (
        f"{rec['hhmm']} hrs - {rec['type']} at {rec['location']}. {rec['summary']} "
        f"{rec['disposition']}. Rpt # {rec['case_number']}"
    )


def fv_pages(r, recs, label):
    def head(p):
        return [
            item(54, 752, "FERROW VALLEY POLICE DEPARTMENT", 11, True),
            item(54, 738, "MEMORANDUM - Watch Commander's Shift Summary", 9),
            item(54, 724, f"Period: {label}    Front desk 555-0131"),
        ]

    def foot(p, n):
        return [item(54, 36, f"Memo page {p} of {n}", 7.5)]

    blocks, cur = [], None
    for rec in recs:
        if rec["day"] != cur:
            cur = rec["day"]
            heading = f"SHIFT DATE {mdy(cur)}"
            blocks.append((20, lambda y, t=heading: [item(54, y - 6, t, 9, True)]))
        lines = textwrap.wrap(fv_text(rec), 84)

        def draw(y, lines=lines):
            return [
                item(54 if j == 0 else 72, y - 11 * j, ln, 8, skew=skewer(r, 0.03) if j else 0.0)
                for j, ln in enumerate(lines)
            ]

        blocks.append((11 * len(lines) + 6, draw))
    blocks.append((24, lambda y: [item(54, y - 8, f"Reports written this period: {len(recs)}", 9, True)]))
    return paginate(blocks, 700, 56, head, foot)


# ---------------------------------------------------------------- 5: Tinder Ridge dot-matrix entries

TR_CODES = {
    "REPORT TAKEN": "RTF",
    "NO REPORT": "NRP",
    "UNFOUNDED": "UNF",
    "GONE ON ARRIVAL": "GOA",
    "ADVISED": "ADV",
    "REFERRED": "REF",
    "CLOSED": "CLS",
    "ARREST": "ARR",
    "CITATION": "CIT",
    "OTHER AGENCY": "OAA",
}


def tr_related(r, rec, recs):
    rec["disposition"] = TR_CODES[rec["disposition"]]
    if rec["disposition"] == "OAA" or r.random() < 0.08:
        num = f"AZDPS {r.randint(25000000, 25999999)}"
        rec["disposition"] = rec["disposition"] + f" REF {num}"
        rec["related"].append(("other_agency_case", num.split()[1]))


def tr_records(r, ds, n, start):
    return base_records(
        r,
        ds,
        n,
        start,
        lambda k: f"TR2510-{k:04d}",
        lambda d, hh, mm: f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d} {hh:02d}:{mm:02d}",
        tr_related,
    )


def tr_pages(r, recs, label):
    def head(p):
        return [
            item(40, 756, "TINDER RIDGE TOWN MARSHAL  **  CALL ENTRY PRINTOUT  **  " + label, 8.5, True),
            item(40, 744, f"RUN DATE 11/03/25  PRINTER LP2  TERMINAL 0{p}  555-0175", 8),
            item(40, 732, "=" * 96, 8),
        ]

    def foot(p, n):
        return [item(40, 34, "=" * 40 + f"  PG {p:03d} OF {n:03d}", 8)]

    blocks = []
    for rec in recs:

        def draw(y, rec=rec):
            return [
                item(40, y, f"INC# {rec['case_number']}  DT/TM {rec['reported_at']}  TYP {rec['type']}", 8),
                item(58, y - 10, f"LOC {rec['location']}  DSP {rec['disposition']}", 8, skew=skewer(r, 0.04)),
            ]

        blocks.append((24, draw))
    counts = {}
    for rec in recs:
        code = rec["disposition"].split()[0]
        counts[code] = counts.get(code, 0) + 1
    blocks.append((22, lambda y: [item(40, y - 6, "DISPOSITION CODE SUMMARY", 8.5, True)]))
    name = {v: k for k, v in TR_CODES.items()}
    for code in sorted(counts):
        blocks.append((11, lambda y, code=code: [item(58, y, f"{code}  {name[code]:<18} {counts[code]:>4}", 8)]))
    blocks.append((20, lambda y: [item(40, y - 6, f"*** {len(recs)} CALL ENTRIES PRINTED ***", 8.5, True)]))
    return paginate(blocks, 716, 52, head, foot)


# ---------------------------------------------------------------- ground truth


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def entry(path, spec, recs, pages, blank):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in spec["fields"]}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    e = {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs74.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": spec["agency"],
        "document_type": spec["doc_type"],
        "layout": spec["layout"],
        "scanned": True,
        "encrypted": False,
        "text_layer": "ocr (invisible text under a page image; word errors O->0, l/I->1; numbers read right)"
        + ("; one page has no text layer" if blank else ""),
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": spec["fields"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs74.py) from the records it drew; "
        "checked by check_blind_logs74.py against the `pdftotext -layout` text layer",
        "record_count_check": spec["count_check"],
        "notes": spec["notes"],
    }
    if blank:
        ids = [rec["case_number"] for rec in recs if any(rec["case_number"] in it[2] for it in pages[blank - 1])]
        e["pages_without_text_layer"] = [{"page": blank, "case_numbers": ids}]
    return e


def one_agency(name, seed, spec, runs):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, ds, label, n, start, blank in runs:
        recs = spec["make"](r, ds, n, start)
        pages = spec["pages"](r, recs, label)
        render(d / fname, pages, r, blank)
        gt.append(entry(d / fname, spec, recs, pages, blank))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


SPECS = {
    "harrow-glen-wi-pd": dict(
        make=hg_records,
        pages=hg_pages,
        agency="Harrow Glen Police Department, WI [invented]",
        doc_type="daily incident register (scanned file copy)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition"],
        count_check="rows counted from the generator; 'TOTAL INCIDENTS THIS REGISTER' equals record_count",
        notes=(
            "Scanned register table, column titles repeated per sheet. FIRST column 'FORM LN' is a running "
            "5-digit form-line serial that is NOT the id; the id is CASE NO. (HG-25-NNNNN). RECEIVED "
            "'MM/DD/YYYY HHMM' (reported_at as printed), NATURE (type), LOCATION, DISP ('ARREST BKG "
            "HGB-NNNNN' booking and 'CIT WINNNNNNN' citation numbers are related, not ids). After every "
            "44 rows a bold 'SHEET SUBTOTAL ............ 44 incidents' line that is not a record; ends "
            "'TOTAL INCIDENTS THIS REGISTER: N'. OCR text layer with word errors (O->0, l/I->1), a few "
            "DISP cells skewed."
        ),
    ),
    "quillmoor-county-nd-so": dict(
        make=qc_records,
        pages=qc_pages,
        agency="Quillmoor County Sheriff's Office, ND [invented]",
        doc_type="calls for service log grouped by day (scanned)",
        layout="table with header",
        fields=["case_number", "reported_at", "type", "location", "disposition", "summary"],
        count_check="rows counted from the generator; 'CALLS LISTED' equals record_count",
        notes=(
            "Scanned calls-for-service table grouped under day banners '==== TUESDAY 10/14/2025 ==== "
            "(N calls)' (the per-day count is not a record); rows print only the 4-digit time, so "
            "reported_at joins the banner's date and the time ('10/14/2025 0930'). Columns TIME, "
            "INCIDENT (25QNNNNN, the id, bold), NATURE (type), LOCATION, ACTION (disposition; 'ARREST "
            "JAIL QJNNNNNN' is a booking, related). Under each row 1-2 WRAPPED remark lines in the "
            "NATURE column (summary; 'their case NDHP-25-NNNN' is another agency's case, related). Ends "
            "'END OF LOG - CALLS LISTED: N'. OCR word errors; a few remark lines skewed."
        ),
    ),
    "saltmarsh-point-me-pd": dict(
        make=sp_records,
        pages=sp_pages,
        agency="Saltmarsh Point Police Department, ME [invented]",
        doc_type="incident cards (typed index cards photocopied)",
        layout="labelled blocks",
        fields=["case_number", "type", "reported_at", "location", "disposition", "summary"],
        count_check="cards counted from the generator; 'CARDS IN THIS RELEASE' equals record_count",
        notes=(
            "Typed index cards, one per incident, separated by a dashed rule: 'CASE NO. SP25-NNNNN' "
            "(bold), then dot-leader labels 'NATURE....:' (type), 'REPORTED..:' (MM/DD/YYYY HH:MM), "
            "'LOCATION..:', 'OUTCOME...:' (disposition; 'CITATION ME-NNNNNN-C' is related) and "
            "'REMARKS...:' (summary, wraps under itself). Some remarks end 'Cross-ref. SP25-NNNNN', an "
            "EARLIER card of the same series (related kind earlier_case_cited; it is also a record). "
            "Ends 'CARDS IN THIS RELEASE: N'. OCR word errors; a few OUTCOME lines skewed."
        ),
    ),
    "ferrow-valley-or-pd": dict(
        make=fv_records,
        pages=fv_pages,
        agency="Ferrow Valley Police Department, OR [invented]",
        doc_type="watch commander's shift memo",
        layout="free text",
        fields=["case_number", "reported_at", "type", "location", "summary", "disposition"],
        count_check="paragraphs counted from the generator; 'Reports written this period' equals record_count",
        notes=(
            "Memorandum of shift paragraphs under 'SHIFT DATE MM/DD/YYYY' headings. Each paragraph: "
            "'0932 hrs - <type in lower case> at <LOCATION>. <narrative> <Disposition>. Rpt # 25-FV-NNNN' "
            "-- the id is the LAST token of the paragraph, after the narrative; continuation lines are "
            "indented. reported_at joins the heading's date and the time. Narratives may cite 'CAD "
            "event CADNNNNNNNN' (a dispatch event number, related). Ends 'Reports written this period: "
            "N'. OCR word errors; a few continuation lines skewed. The first PDF's page 2 is an image "
            "WITHOUT a text layer: its records (listed under pages_without_text_layer) are in "
            "case_numbers but only readable by OCR."
        ),
    ),
    "tinder-ridge-az-marshal": dict(
        make=tr_records,
        pages=tr_pages,
        agency="Tinder Ridge Town Marshal's Office, AZ [invented]",
        doc_type="call entry printout (dot-matrix, two lines per entry)",
        layout="free text",
        fields=["case_number", "reported_at", "type", "location", "disposition"],
        count_check="entries counted from the generator; '*** N CALL ENTRIES PRINTED ***' equals record_count",
        notes=(
            "Dot-matrix printout, two lines per entry, no column titles: 'INC# TR2510-NNNN  DT/TM "
            "MM/DD/YY HH:MM  TYP <type>' then indented 'LOC <location>  DSP <code>' (disposition as a "
            "3-letter code, e.g. RTF; 'REF AZDPS NNNNNNNN' cites a state police case, related). "
            "Two-digit years as printed. After the entries a 'DISPOSITION CODE SUMMARY' of codes, "
            "names and counts that look like rows; ends '*** N CALL ENTRIES PRINTED ***'. Header with a "
            "run date and terminal number. OCR word errors; a few LOC lines skewed."
        ),
    ),
}


def main():
    one_agency(
        "harrow-glen-wi-pd",
        1,
        SPECS["harrow-glen-wi-pd"],
        [
            ("hgpd-register-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 118, 4100, None),
            ("hgpd-register-2025-10-16-17.pdf", days(10, 16, 17), "10/16/2025 - 10/17/2025", 86, 4262, None),
        ],
    )
    one_agency(
        "quillmoor-county-nd-so",
        2,
        SPECS["quillmoor-county-nd-so"],
        [("qcso-cfs-log-2025-10-20-26.pdf", days(10, 20, 26), "Oct 20 - Oct 26, 2025", 74, 1800, None)],
    )
    one_agency(
        "saltmarsh-point-me-pd",
        3,
        SPECS["saltmarsh-point-me-pd"],
        [
            ("sppd-cards-2025-10-01-15.pdf", days(10, 1, 15), "October 1-15, 2025", 44, 700, None),
            ("sppd-cards-2025-10-16-31.pdf", days(10, 16, 31), "October 16-31, 2025", 47, 760, None),
        ],
    )
    one_agency(
        "ferrow-valley-or-pd",
        4,
        SPECS["ferrow-valley-or-pd"],
        [
            ("fvpd-shift-memo-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 through 10/19/2025", 57, 3300, 2),
            ("fvpd-shift-memo-2025-10-20-26.pdf", days(10, 20, 26), "10/20/2025 through 10/26/2025", 63, 3380, None),
        ],
    )
    one_agency(
        "tinder-ridge-az-marshal",
        5,
        SPECS["tinder-ridge-az-marshal"],
        [
            ("trmo-printout-2025-10-a.pdf", days(10, 1, 15), "10/01/25-10/15/25", 92, 100, None),
            ("trmo-printout-2025-10-b.pdf", days(10, 16, 31), "10/16/25-10/31/25", 104, 230, None),
        ],
    )


if __name__ == "__main__":
    main()
