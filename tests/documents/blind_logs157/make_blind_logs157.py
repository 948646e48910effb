"""Generate a held-out set of incident logs printed from raw exports and mail sources (blind_logs157).

Five agencies, five layouts, one trap each, all of them encoding leftovers: a tab-separated export
printed from a text editor, tabs expanded unevenly, whose daily files each begin with a byte-order
mark that prints as `ï»¿` glued to the day's first incident number; CAD notifications in labelled
blocks printed straight from a quoted-printable mail body (`LABEL=3DVALUE`, soft line breaks `=` with
`=20`), where a soft-broken narrative line can begin with a cited earlier incident number; a police
blotter copied out of a web page with HTML entities and stray tags, where a literal `</p><p>` joins
two incidents in one printed paragraph; a numbered summary in which UTF-8 text was read as
Windows-1252, so the em dash glued to every incident number prints as `â€”`; a raw MIME message
whose quoted-printable plain-text and HTML alternatives list every incident twice. Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs157/make_blind_logs157.py [OUT_DIR]
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
SEED = 20260157
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival"]
STREETS = ["Oxbow Road", "Quarry Lane", "Sorrel Court", "Millrace Drive", "Tamarack Street", "Larch Avenue",
           "Cobble Way", "Heron Street", "Pinnacle Road", "Fallow Lane", "Cinder Avenue", "Wren Court"]
ACCENTED = ["Beaus\u00e9jour Road", "C\u00f4te Lane", "Ch\u00e2teau Avenue", "Fran\u00e7ois Street",
            "Val-d'\u00c9table Drive"]
PLACES = ["Riverside Mall east lot", "Transit center bay 4", "Municipal pool", "High school bus loop",
          "Library parking garage", "Caf\u00e9 Lumi\u00e8re lot"]


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


def day_stamps(r, day, k):
    mins = sorted(r.sample(range(15, 1440 - 15), k))
    return [day + datetime.timedelta(minutes=m) for m in mins]


def location(r, amp="and", accents=True):
    k = r.random()
    streets = STREETS + (ACCENTED if accents else [])
    if k < 0.5:
        s = f"{r.randint(1, 48) * 100} block of {r.choice(streets)}"
    elif k < 0.85:
        a, b = r.sample(streets, 2)
        s = f"{a} {amp} {b}"
    else:
        s = r.choice(PLACES if accents else PLACES[:-1])
    return s


def moji(s):
    """UTF-8 bytes read back as Windows-1252, the way a mis-set export prints them."""
    return s.encode("utf-8").decode("cp1252")


def qp(s):
    """Quoted-printable escapes for one line: `=` as `=3D`, non-ASCII as its UTF-8 bytes."""
    out = []
    for ch in s:
        if ch == "=":
            out.append("=3D")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


def qp_wrap_words(line, width=76):
    """Soft line breaks at word boundaries: the space before a break is written `=20`, then `=`."""
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if cur and len(trial) > width - 4:
            out.append(cur + "=20=")
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def qp_wrap_hard(line, width=76):
    """Soft line breaks at column 75 wherever they fall (never inside an `=XX` escape)."""
    out = []
    while len(line) > width:
        k = width - 1
        for j in (k - 1, k - 2):
            if line[j] == "=":
                k = j
        out.append(line[:k] + "=")
        line = line[k:]
    out.append(line)
    return out


def qp_wrap_space(line, width=76):
    """Soft line breaks after the last space that fits: the line ends `<space>=`."""
    out = []
    while len(line) > width:
        k = line.rindex(" ", 0, width - 1)
        out.append(line[:k + 1] + "=")
        line = line[k + 1:]
    out.append(line)
    return out


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
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
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
        "git_blob": "generated", "generator": f"make_blind_logs157.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs157.py) from the records it drew; "
                               "checked by check_blind_logs157.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


# 1 ------------------------------------------------------------------ Brackwater Falls, OR: TSV export, BOM per day
def brackwater(d, r):
    agency = "Brackwater Falls Police Department, OR [invented]"
    days = [datetime.datetime(2025, 11, 3) + datetime.timedelta(days=k) for k in range(7)]
    types = TYPES[:13] + ["Fraud &amp; forgery", "Drugs &amp; narcotics", "Lost &amp; found property",
                          "Noise &amp; nuisance", "Fraud &amp; forgery", "Drugs &amp; narcotics"]
    disps = ["Report taken", "Arrest", "Citation issued", "Referred to CID", "Unfounded", "Cleared", "GOA",
             "Warning"]
    recs, serial = [], 4180 + r.randint(0, 60)
    for day in days:
        for t in day_stamps(r, day, r.randint(10, 14)):
            serial += r.choice([1, 1, 1, 2])
            loc = location(r, amp="&amp;", accents=False)
            recs.append({"case_number": f"25-{serial:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                         "type": r.choice(types), "location": loc, "disposition": r.choice(disps), "rel": [],
                         "unit": f"{r.choice('ABCD')}{r.randint(11, 39)}", "day": day})
    n = len(recs)
    assert 40 <= n <= 150
    lines = ["\u00ef\u00bb\u00bf" + "\t".join(["INCIDENT", "RECEIVED", "NATURE", "LOCATION", "UNIT", "DISPOSITION"])]
    for k, rec in enumerate(recs):
        bom = "\u00ef\u00bb\u00bf" if k and rec["day"] != recs[k - 1]["day"] else ""
        cells = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["unit"],
                 rec["disposition"]]
        lines.append(bom + "\t".join(cells))
    lines = [ln.expandtabs(8) for ln in lines]
    size = landscape(letter)
    F, S, L = "Courier", 7.8, 9.6
    fname = "brackwater_incidents_2025-11-03_to_09.txt"

    def header(k):
        return [(612 - 34, 36, f"{fname}", "Courier-Bold", 8),
                (612 - 34, 560, "printed 2025-11-10 08:14", F, 8),
                (612 - 40, 36, None, F, 8)]

    add, finish = paginate(header, lambda k, m: [(26, 36, f"Page {k} of {m}", F, 8)], 612 - 56, 44)
    add([(36, "BRACKWATER FALLS POLICE DEPARTMENT [invented] - RECORDS UNIT 555-0141", "Helvetica-Bold", 10, 13),
         (36, f"Incident export, 7 daily files (Nov 3-9, 2025) concatenated for this request: {n} incident rows. "
              "Printed as exported.", "Helvetica", 8.5, 18)])
    for ln in lines:
        add([(36, ln, F, S, L)])
    pages = finish()
    path = d / "brackwater-falls-incident-export-2025-11-03-09.pdf"
    draw(path, size, pages)
    for rec in recs:
        rec.pop("unit")
        rec.pop("day")
    return [entry(path, agency, "week of daily incident exports (tab-separated), printed", "table with header", recs,
                  "A week of daily tab-separated exports concatenated and printed from a text editor in Courier: "
                  "a header line `INCIDENT RECEIVED NATURE LOCATION UNIT DISPOSITION`, then one row per incident "
                  "`25-04217  11/03/2025 09:15  Theft from vehicle  ...`. Tabs are expanded to 8-column stops, so the "
                  "columns do not line up with the header or with each other. Values keep HTML entities from the "
                  "web form (`Fraud &amp; forgery`, `Oxbow Road &amp; Quarry Lane`). Trap: every daily file "
                  "begins with a UTF-8 byte-order mark that prints as `\u00ef\u00bb\u00bf`; on the first file it "
                  "sits before the header, on each later day it is glued to that day's first incident number "
                  "(`\u00ef\u00bb\u00bf25-04229`), so a row pattern anchored at the start of the line misses one "
                  "row a day. The note on page 1 gives the row count.",
                  "rows counted by the generator; the note on page 1 gives the total")]


# 2 ------------------------------------------------------------------ Ossory County, IA: QP notifications in blocks
OSSORY_LEADS = [
    "Reporting party says the same vehicle was involved, see",
    "Second call from this address this month; prior report is",
    "Complainant states the damage continues from the case under",
    "Deputy notes the same suspect description as given in case",
    "Caller advised that the earlier theft was documented under",
    "Neighbor reports ongoing dispute at this residence, prior is",
    "Same property manager reported the gate damage before under",
    "Owner=E2=80=99s statement matches the incident logged as",
]
OSSORY_TAILS = ["at the same address.", "from last month.", "and no new damage was found.", "and was advised again.",
                "and a supplement was added to the file.", "as well."]
OSSORY_TEXT = ["Deputy responded and spoke with the reporting party.", "Area checked, nothing further found.",
               "The owner=E2=80=99s vehicle was parked in the driveway overnight.",
               "Reporting party requested extra patrol for the next several nights.",
               "Scene photographed and the property owner was given a case card.",
               "Subject was gone on arrival; the caller will call back if the subject returns.",
               "Witness statement taken at the scene.", "Deputy stood by while the tenant collected belongings.",
               "Alarm company keyholder arrived and secured the building."]


def ossory(d, r):
    agency = "Ossory County Sheriff's Office, IA [invented]"
    days = [datetime.datetime(2025, 11, 10) + datetime.timedelta(days=k) for k in range(7)]
    recs, serial = [], 1030 + r.randint(0, 40)
    for day in days:
        for t in day_stamps(r, day, r.randint(7, 10)):
            serial += r.choice([1, 1, 2])
            recs.append({"case_number": f"OC25-{serial:04d}", "reported_at": t.strftime("%Y-%m-%d %H:%M"),
                         "type": r.choice(TYPES + ["Livestock at large", "Motorist assist"]),
                         "location": qp(f"Highway {r.choice([3, 18, 63])} at mile {r.randint(2, 99)}"
                                         if r.random() < 0.3 else location(r)),
                         "disposition": r.choice(DISPS), "rel": [], "badge": r.randint(201, 248)})
    n = len(recs)
    assert 40 <= n <= 150
    cites = sorted(r.sample(range(780, int(recs[0]["case_number"][5:]) - 20), 14))
    citing = sorted(r.sample(range(n), 14))
    for k, c in zip(citing, cites):
        recs[k]["rel"].append(("prior_incident", f"OC25-{c:04d}"))
    body = ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", ""]
    sep = "=3D" * 24
    for rec in recs:
        body.append(sep)
        for lab, key in (("INCIDENT", "case_number"), ("RECEIVED", "reported_at"), ("NATURE", "type"),
                         ("LOCATION", "location")):
            body.append(f"{lab}=3D{rec[key]}")
        body.append(f"DEPUTY=3DBadge {rec['badge']}")
        text = " ".join(r.sample(OSSORY_TEXT, r.randint(1, 3)))
        if rec["rel"]:
            lead = r.choice(OSSORY_LEADS)
            assert 12 + len(lead) <= 72 < 12 + len(lead) + 1 + len(rec["rel"][0][1]), lead
            text = f"{lead} {rec['rel'][0][1]} {r.choice(OSSORY_TAILS)} {text}"
        nl = qp_wrap_words(f"NARRATIVE=3D{text}")
        if rec["rel"]:
            assert nl[1].startswith(rec["rel"][0][1]), nl
        body += nl
        body.append(f"DISPOSITION=3D{qp(rec['disposition'])}")
    body.append(sep)
    body.append(f"=3D=3D END OF BATCH: {n} NOTIFICATIONS =3D=3D")
    F, S, L = "Courier", 8.2, 9.8

    def header(k):
        return [(792 - 40, 40, "OSSORY COUNTY SHERIFF'S OFFICE [invented] - CAD NOTIFICATION BATCH, NOV 10-16, 2025",
                 "Courier-Bold", 9),
                (792 - 52, 40, "Mail gateway body printed as received (quoted-printable). Dispatch 555-0158.", F, 8),
                (792 - 57, 40, None, F, 8)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"-- page {k} of {m} --", F, 8)], 792 - 74, 48)
    block = []
    for ln in body:
        if ln == sep and block:
            add(block)
            block = []
        block.append((40, ln, F, S, L))
    add(block)
    pages = finish()
    path = d / "ossory-county-cad-notifications-2025-11-10-16.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
    return [entry(path, agency, "week of CAD incident notifications from the mail gateway", "labelled blocks", recs,
                  "One block per incident notification, printed straight from a quoted-printable mail body: "
                  "`INCIDENT=3DOC25-1043`, `RECEIVED=3D2025-11-10 09:15`, `NATURE=3D`, `LOCATION=3D`, "
                  "`DEPUTY=3DBadge 214`, `NARRATIVE=3D...`, `DISPOSITION=3D...`, blocks separated by a line of "
                  "`=3D=3D=3D...`. Each value is glued to the `=3D` that stands for `=`, so a word-boundary "
                  "search does not see the incident numbers; non-ASCII prints as `=E2=80=99`. Long narratives "
                  "are cut by soft line breaks (`=20=` at the end of the line). Trap: in 14 blocks the soft "
                  "break falls just before a cited earlier incident number, so a continuation line starts with "
                  "`OC25-0988 at the same address.`, shaped like an incident number at the start of a line; it "
                  "belongs to the block above and is listed in `related_numbers`. Ends `=3D=3D END OF BATCH: N "
                  "NOTIFICATIONS =3D=3D`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Corrowin Bay, WA: web blotter with HTML leftovers
CORROWIN_TEXT = ["The owner&#8217;s window was smashed and a bag taken.", "Officers checked the area.<br>No one was found.",
                 "A caller reported loud music &amp; shouting.", "The reporting party&#8217;s bicycle was recovered.",
                 "Officers spoke with both parties &amp; separated them for the night.",
                 "A store employee described the suspect&#8217;s vehicle.", "Nothing was taken.<br>Extra patrol requested.",
                 "The building was found secure &amp; the keyholder was notified.",
                 "Witnesses gave statements at the scene.", "The caller&nbsp;did not wish to pursue charges."]


def corrowin(d, r):
    agency = "Corrowin Bay Police Department, WA [invented]"
    days = [datetime.datetime(2025, 11, 17) + datetime.timedelta(days=k) for k in range(7)]
    recs, serial = [], 3280 + r.randint(0, 40)
    for day in days:
        for t in day_stamps(r, day, r.randint(6, 9)):
            serial += r.choice([1, 1, 2, 3])
            h = t.hour % 12 or 12
            rels = []
            if r.random() < 0.15:
                rels.append(("earlier_case", f"25-{r.randint(2900, 3250):04d}"))
            recs.append({"case_number": f"25-{serial:04d}",
                         "reported_at": f"{h}:{t.minute:02d}&nbsp;{'a.m.' if t.hour < 12 else 'p.m.'}",
                         "type": r.choice(TYPES), "location": location(r, amp="&amp;", accents=False),
                         "disposition": r.choice(DISPS).lower(),
                         "rel": rels, "day": day, "text": " ".join(r.sample(CORROWIN_TEXT, r.randint(1, 2)))})
    n = len(recs)
    assert 40 <= n <= 150 and len({x["rel"][0][1] for x in recs if x["rel"]}) == sum(bool(x["rel"]) for x in recs)
    joined = set(r.sample([k for k in range(1, n) if recs[k]["day"] == recs[k - 1]["day"]], 8))
    F, S, L, W = "Times-Roman", 10.5, 13, 500

    def header(k):
        return [(792 - 44, 40, "Corrowin Bay Police Department [invented] \u2014 Police Blotter, November 17-23, 2025",
                 "Times-Bold", 13),
                (792 - 59, 40, "Copied from the city website news page for this request. Media line 555-0172.",
                 "Times-Italic", 9.5)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Police Blotter \u2014 page {k} of {m}", F, 8.5)],
                           792 - 86, 50)
    paras = []
    for k, rec in enumerate(recs):
        txt = (f"{rec['reported_at']} &ndash; <strong>{rec['type']}</strong>, {rec['location']}. {rec['text']}")
        if rec["rel"]:
            txt += f" This is a follow-up to case {rec['rel'][0][1]}."
        txt += f" Case {rec['case_number']}. Disposition: {rec['disposition']}."
        if k in joined:
            paras[-1] = (paras[-1][0], paras[-1][1] + "</p><p>" + txt)
        else:
            paras.append((rec["day"], txt))
    cur = None
    for day, txt in paras:
        if day != cur:
            cur = day
            add([(40, f"<h3>{day.strftime('%A')}, Nov. {day.day}</h3>", "Times-Bold", 11.5, 17)], gap=2)
        add([(40, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=6)
    add([(40, f"<p><em>Incidents this week: {n}. Case numbers are given for reference.</em></p>", "Times-Italic",
          10.5, 14)])
    pages = finish()
    path = d / "corrowin-bay-police-blotter-2025-11-17-23.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("day")
        rec.pop("text")
    return [entry(path, agency, "weekly police blotter copied from a web page", "free text", recs,
                  "Prose blotter copied out of the city's web content system with its markup showing: day headings "
                  "`<h3>Monday, Nov. 17</h3>`, then one paragraph per incident `9:15&nbsp;a.m. &ndash; "
                  "<strong>Theft from vehicle</strong>, 1400 block of Oxbow Road. The owner&#8217;s window was "
                  "smashed... Case 25-3312. Disposition: report taken.`, with `&amp;`, `&nbsp;`, `&#8217;` and "
                  "`<br>` left in the text; some entries cite an earlier case (`follow-up to case 25-3104`). Trap: "
                  "where the page lost a paragraph break, a literal `</p><p>` joins two incidents inside one "
                  "printed paragraph (8 times), so there are fewer paragraphs than incidents; each incident "
                  "starts at its time. Ends `<p><em>Incidents this week: N. ...</em></p>`.",
                  "incidents counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Tillmont, VT: numbered, UTF-8 read as cp1252
TILLMONT_TEXT = ["Owner\u2019s garage door was forced.", "Caller\u2019s vehicle was blocked in.",
                 "Estimated loss $200\u2013$300.", "Officer\u2019s follow-up visit is planned.",
                 "Area canvassed between 01:00\u201305:30 with no result.", "Neighbor\u2019s camera footage requested.",
                 "Complainant declined a statement.", "Subject was issued a trespass notice.",
                 "Victim\u2019s phone was returned."]


def tillmont(d, r):
    agency = "Tillmont Police Department, VT [invented]"
    days = [datetime.datetime(2025, 11, 24) + datetime.timedelta(days=k) for k in range(7)]
    recs, serial = [], 400 + r.randint(0, 30)
    for day in days:
        for t in day_stamps(r, day, r.randint(8, 12)):
            serial += r.choice([1, 1, 1, 2])
            rels = []
            if r.random() < 0.15:
                rels.append(("earlier_incident", f"2025-{r.randint(210, 395):04d}"))
            loc = location(r)
            recs.append({"case_number": f"2025-{serial:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                         "type": r.choice(TYPES), "loc": loc, "location": moji(loc), "disposition": r.choice(DISPS),
                         "rel": rels, "text": " ".join(r.sample(TILLMONT_TEXT, r.randint(1, 2)))})
    n = len(recs)
    assert 40 <= n <= 150 and len({x["rel"][0][1] for x in recs if x["rel"]}) == sum(bool(x["rel"]) for x in recs)
    F, S, L, W = "Times-Roman", 10.5, 13, 476

    def header(k):
        return [(792 - 46, 40, moji("Tillmont Police Department [invented] \u2014 Weekly Incident Summary"),
                 "Times-Bold", 14),
                (792 - 62, 40, moji("November 24\u201330, 2025. Prepared from the records export\u2014figures are "
                                    "preliminary. Records 555-0186."), "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"Tillmont PD weekly summary, page {k} of {m}", F, 9)],
                           792 - 92, 52)
    for i, rec in enumerate(recs, 1):
        txt = (f"{rec['case_number']}\u2014{rec['type']}. {rec['loc']}. Received {rec['reported_at']}. "
               f"{rec['text']}")
        if rec["rel"]:
            txt += f" See also {rec['rel'][0][1]}."
        txt = moji(txt + f" Disposition: {rec['disposition']}.")
        add([(40, f"{i}.", F, S, 0)] + [(64, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=4)
    add([(40, moji(f"Total incidents this week: {n} \u2014 preliminary"), "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "tillmont-weekly-incident-summary-2025-11-24-30.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("text")
        rec.pop("loc")
    return [entry(path, agency, "weekly incident summary", "numbered paragraphs", recs,
                  "Numbered paragraphs `14. 2025-0412\u00e2\u20ac\u201dTheft from vehicle. 1400 block of Beaus"
                  "\u00c3\u00a9jour Road. Received 11/24/2025 09:15. Owner\u00e2\u20ac\u2122s garage door was "
                  "forced. Disposition: Report taken.`; the whole summary is UTF-8 text read as Windows-1252, so "
                  "apostrophes, dashes and accented street names print as mojibake (`\u00e2\u20ac\u2122`, "
                  "`\u00e2\u20ac\u201c`, `\u00c3\u00a9`, `\u00c3\u00b4`), values as printed. Trap: the em dash "
                  "written right after every incident number prints as `\u00e2\u20ac\u201d`, glued to it; `\u00e2` is "
                  "a letter, so a word-boundary search for the incident number finds none of them, while the "
                  "cited earlier incidents (`See also 2025-0311.`) are found. Ends `Total incidents this week: N "
                  "\u00e2\u20ac\u201d preliminary`.",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 5 ------------------------------------------------------------------ Vesterholm, MN: raw MIME message, two alternatives
def vesterholm(d, r):
    agency = "Vesterholm Police Department, MN [invented]"
    days = [datetime.datetime(2025, 12, 1) + datetime.timedelta(days=k) for k in range(7)]
    recs, serial = [], 7700 + r.randint(0, 50)
    for day in days:
        for t in day_stamps(r, day, r.randint(8, 11)):
            serial += r.choice([1, 1, 2])
            loc = location(r, amp="&")
            recs.append({"case_number": f"25-{serial:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                         "type": r.choice(TYPES), "loc": loc, "location": qp(loc), "disposition": r.choice(DISPS),
                         "rel": [], "unit": f"{r.randint(1, 4)}{r.choice('ABK')}{r.randint(10, 29)}"})
    n = len(recs)
    assert 40 <= n <= 150
    bnd = "=_vpd_7f3a2c91"
    lines = ["Return-Path: <records-export@vesterholm-pd.example>",
             "Received: from rms-app01.vesterholm-pd.example (10.14.2.31) by mail.vesterholm-pd.example;",
             "        Mon, 8 Dec 2025 06:02:11 -0600",
             "Message-ID: <20251208060211.4471@rms-app01.vesterholm-pd.example>",
             "Date: Mon, 8 Dec 2025 06:02:11 -0600",
             "From: Records Export <records-export@vesterholm-pd.example>",
             "To: records-requests@vesterholm-pd.example",
             "Subject: =?UTF-8?Q?Weekly_incident_log_Dec_1=E2=80=937,_2025?=",
             "MIME-Version: 1.0",
             f'Content-Type: multipart/alternative; boundary="{bnd}"', "",
             "This is a multi-part message in MIME format.", "",
             f"--{bnd}", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
             ""]
    lines += qp_wrap_space(qp("Vesterholm Police Department [invented] - weekly incident log, Dec 1\u20137, 2025. "
                              "Records unit 555-0194. One line per incident."))
    lines += ["", "INCIDENT | RECEIVED | NATURE | LOCATION | UNIT | DISPOSITION"]
    for rec in recs:
        lines += qp_wrap_space(" | ".join([rec["case_number"], rec["reported_at"], qp(rec["type"]), rec["location"],
                                           rec["unit"], qp(rec["disposition"])]))
    lines += ["", f"Incidents this week: {n}", "", f"--{bnd}", 'Content-Type: text/html; charset="utf-8"',
              "Content-Transfer-Encoding: quoted-printable", ""]

    def esc(s):
        return s.replace("&", "&amp;")

    table = ('<table border="1" cellpadding="2"><tr><th>Incident</th><th>Received</th><th>Nature</th>'
             "<th>Location</th><th>Unit</th><th>Disposition</th></tr>")
    for rec in recs:
        table += (f'<tr><td class="inc">{rec["case_number"]}</td><td>{rec["reported_at"]}</td><td>'
                  f'{esc(rec["type"])}</td><td>{esc(rec["loc"])}</td><td>{rec["unit"]}</td><td>'
                  f'{esc(rec["disposition"])}</td></tr>')
    html = ["<html><body><p>Vesterholm Police Department [invented] - weekly incident log, Dec 1\u20137, 2025</p>",
            table + "</table>", f"<p>Incidents this week: {n}</p></body></html>"]
    for h in html:
        lines += qp_wrap_hard(qp(h))
    lines += ["", f"--{bnd}--"]
    F, S, L = "Courier", 8, 9.7

    add, finish = paginate(lambda k: [], lambda k, m: [(28, 40, f"Show original - message source - page {k} of {m}",
                                                        "Helvetica", 7.5)], 792 - 40, 46)
    for ln in lines:
        add([(40, ln, F, S, L)])
    pages = [[it for it in p if it[2] != ""] for p in finish()]
    path = d / "vesterholm-weekly-incident-log-message-2025-12-01-07.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("unit")
        rec.pop("loc")
    return [entry(path, agency, "weekly incident log e-mail, printed as raw message source",
                  "other: raw MIME message with plain-text and HTML alternatives", recs,
                  "The weekly log arrived as an e-mail and was printed as its raw source: mail headers (an "
                  "encoded-word subject `=?UTF-8?Q?...?=`), then a `multipart/alternative` body. The text/plain part "
                  "(quoted-printable) has one pipe-delimited line per incident `25-007731 | 12/01/2025 08:42 | "
                  "Theft from vehicle | 1400 block of Caf=C3=A9 ... | 3B12 | Report taken`, long lines cut by a "
                  "soft line break ` =`, non-ASCII as `=C3=A9`, values as printed. Trap: the text/html part that "
                  "follows lists every incident a second time, as one long quoted-printable line of HTML table rows "
                  "`<tr><td class=3D\"inc\">25-007731</td>...` cut at column 75 wherever the cut falls, so rows "
                  "start mid-line and some incident numbers are split by a soft line break `=`; those rows are the "
                  "same incidents, not new ones, and the total `Incidents this week: N` is printed in both parts.",
                  "plain-text lines counted by the generator; both parts give the total")]


AGENCIES = [("brackwater-falls-or-pd", 1, brackwater), ("ossory-county-ia-so", 2, ossory),
            ("corrowin-bay-wa-pd", 3, corrowin), ("tillmont-vt-pd", 4, tillmont),
            ("vesterholm-mn-pd", 5, vesterholm)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
