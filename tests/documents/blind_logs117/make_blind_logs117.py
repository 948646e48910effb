"""Generate a held-out set of incident logs exported from phone and tablet apps (blind_logs117).

Five layouts, all narrow single-column pages with one card per incident, labels above values and
icons rendered as short text tags: a patrol app whose card shows the CAD call number (same shape as
the incident number) above the incident number; a deputy app whose long cards break across pages and
resume under a `#ID (continued)` line; a tablet app whose cards list linked earlier incidents of the
same series; a phone timeline with day separators (the date only there) and daily-summary cards that
look like incident cards; a tablet export with a pinned notice card, shaped like an incident card, at
the top of every page. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs117/make_blind_logs117.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261201
SIZE = (270, 585)
WRAP = 46
TYPES = ["Suspicious vehicle", "Welfare check", "Theft from vehicle", "Noise complaint", "Disturbance - verbal",
         "Traffic hazard - debris in roadway", "Found property", "Alarm - commercial burglary", "Animal at large",
         "Trespass warning issued", "Harassment by phone", "Shoplifting", "Criminal mischief - graffiti",
         "Lockout assist", "Motorist assist", "Fraud - gift card scam", "Juvenile problem", "Parking complaint",
         "Domestic disturbance", "Burglary - detached garage", "Hit and run - property damage only"]
DISPS = ["Report taken", "Unfounded", "Gone on arrival", "Advised and cleared", "Citation issued",
         "Referred to investigations", "Arrest made - booked", "Assisted - no report", "Warning issued",
         "Cleared by other agency"]
STREETS = ["Alder Crossing Rd", "Birchmoor Ave", "Coldwater Loop", "Dunmore St", "Elkhorn Trail", "Fennick Way",
           "Grayling Ct", "Hatchery Rd", "Ironwood Dr", "Juniper Bench Rd", "Kestrel Ln", "Larkspur Ave",
           "Millrace Pkwy", "Northgate Blvd", "Old Quarry Rd", "Pinecastle St"]
PLACES = ["parking lot behind the feed store", "north entrance of the community center",
          "alley between the laundromat and the pharmacy", "boat ramp access road",
          "side yard near the detached garage", "loading dock at the rear of the building",
          "east shoulder near the mile marker sign", "playground pavilion", "apartment complex laundry room"]
NARR = ["Caller reported the subject left before officers arrived; area checked with negative results.",
        "Reporting party requested extra patrol overnight; information passed to oncoming shift.",
        "Property was photographed and logged; owner was given the case number for insurance purposes.",
        "Both parties were separated and advised; no physical altercation was reported by either party.",
        "Vehicle was located unoccupied and legally parked; registered owner was contacted by phone.",
        "Business keyholder responded and walked the building with officers; no point of entry found.",
        "Witness provided a partial plate and a direction of travel; surrounding units were notified.",
        "Subject was issued a written trespass warning and escorted off the property without incident."]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=SIZE, invariant=1, pageCompression=1)
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


def addr(r):
    return f"{r.randint(100, 9899)} {r.choice(STREETS)}"


def long_loc(r):
    return f"{addr(r)}, {r.choice(PLACES)}"


# item kinds: (font, size, line height)
KIND = {"head": ("Helvetica-Bold", 9.5, 14), "tag": ("Helvetica-Bold", 7.5, 11), "label": ("Helvetica", 6.5, 9),
        "value": ("Helvetica", 8.5, 11), "sep": ("Helvetica-Bold", 8, 16), "gap": ("Helvetica", 8, 6),
        "rule": ("Helvetica", 8, 8)}


def expand(items):
    """Items (kind, text) -> drawable lines (kind, text); values are wrapped."""
    out = []
    for kind, text in items:
        if kind == "value":
            out += [("value", w) for w in textwrap.wrap(text, WRAP)]
        else:
            out.append((kind, text))
    return out


def height(lines):
    return sum(KIND[k][2] for k, _ in lines)


TOP, BOTTOM = 62, 44


def paginate(cards, pin=None, split_cont=None):
    """cards: list of (id, items). pin: items put at the top of every page. split_cont(id) -> lines that
    resume a card broken across a page; without it cards are kept whole."""
    avail = SIZE[1] - TOP - BOTTOM
    pin_lines = expand(pin) if pin else []
    pages, cur = [], list(pin_lines)
    for cid, items in cards:
        lines = expand(items)
        while lines:
            room = avail - height(cur)
            if height(lines) <= room:
                cur += lines
                lines = []
                break
            if split_cont and room > 70 and len(cur) > len(pin_lines):
                k = 0
                while height(lines[:k + 1]) <= room:
                    k += 1
                while k > 0 and lines[k - 1][0] == "label":
                    k -= 1
                cur += lines[:k]
                lines = split_cont(cid) + lines[k:]
            pages.append(cur)
            cur = list(pin_lines)
    pages.append(cur)
    return pages


def draw(path, pages, header, footer):
    """header: list of (text, font, size); footer(i, n) -> (left, right)."""
    c = new_canvas(path)
    w, h = SIZE
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 20
        for text, f, s in header:
            c.setFont(f, s)
            c.drawCentredString(w / 2, y, text)
            y -= s + 3
        c.setLineWidth(0.4)
        c.line(14, h - TOP + 14, w - 14, h - TOP + 14)
        y = h - TOP
        for kind, text in lines:
            f, s, lh = KIND[kind]
            if kind == "rule":
                c.setStrokeGray(0.6)
                c.line(18, y + 2, w - 18, y + 2)
                c.setStrokeGray(0)
            elif kind in ("sep",):
                c.setFont(f, s)
                c.drawCentredString(w / 2, y, text)
            elif text:
                c.setFillGray(0.35 if kind == "label" else 0)
                c.setFont(f, s)
                c.drawString(18, y, text)
                c.setFillGray(0)
            y -= lh
        left, right = footer(i, n)
        c.setFont("Helvetica", 6)
        c.drawString(14, 20, left)
        c.drawRightString(w - 14, 20, right)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    related = [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs117.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs117.py) from the records it drew; "
                               "checked by check_blind_logs117.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


F5 = ["reported_at", "type", "location", "disposition"]


# 1 ------------------------------------------------------------------ Ostrander, WY: CAD call above incident
def ostrander(d, r):
    agency = "Ostrander Police Department, WY [invented]"
    gt, inc, cad, exp = [], 3310, 11870, 412
    for fname, first, n in [("ostrander-patrolpad-share-2025-11-01-07.pdf", 1, 58),
                            ("ostrander-patrolpad-share-2025-11-08-14.pdf", 8, 64)]:
        recs, cards = [], []
        exp += r.randint(3, 9)
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 7):
            inc += r.randint(1, 3)
            cad += r.randint(2, 9)
            rec = {"case_number": f"25-{inc:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": long_loc(r) if r.random() < 0.5 else addr(r),
                   "disposition": r.choice(DISPS), "cad": f"25-{cad:05d}"}
            rec["rel"] = [("cad_call_number", rec["cad"])]
            icon = r.choice(["[car]", "[car] [!]", "[walk]", "[car] [cam]"])
            cards.append((rec["case_number"], [
                ("tag", f"{icon}  P{r.randint(1, 4)}  Unit {r.choice('ABC')}{r.randint(11, 39)}"),
                ("label", "CALL NO. (CAD)"), ("value", rec["cad"]),
                ("label", "INCIDENT NO."), ("value", rec["case_number"]),
                ("label", "REPORTED"), ("value", rec["reported_at"]),
                ("label", "CALL TYPE"), ("value", rec["type"]),
                ("label", "LOCATION"), ("value", rec["location"]),
                ("label", "DISPOSITION"), ("value", rec["disposition"]),
                ("rule", "")]))
            recs.append(rec)
        cards.append(("", [("gap", ""), ("tag", f"[i]  {n} incidents shared"),
                           ("value", "Records unit 555-0132 for certified copies.")]))
        pages = paginate(cards)
        path = d / fname
        ref = f"EXP-25-{exp:05d}"
        draw(path, pages, [("Ostrander PD  -  PatrolPad", "Helvetica-Bold", 9),
                           (f"Shared incident list   Ref {ref}", "Helvetica", 6.5)],
             lambda i, k: ("Sent from PatrolPad for iPhone", f"{i}/{k}"))
        gt.append(entry(path, agency, "patrol app incident list shared as PDF (one week)", "labelled blocks", recs, F5,
                        "Phone-width cards, each label in small grey type above its value. The first value of "
                        "every card is `CALL NO. (CAD)`, a dispatch call number `25-NNNNN` with exactly the "
                        "shape of the incident number printed under `INCIDENT NO.` below it; the call numbers "
                        "are related numbers, not records. Icon tags like `[car] [!]` and unit codes open each "
                        "card; long locations wrap onto a second line. Share-sheet header with an export "
                        "reference `EXP-25-NNNNN`, footer `Sent from PatrolPad for iPhone`; ends with a card "
                        "`[i]  N incidents shared` that is not an incident.",
                        "cards counted by the generator; first page counted on the page"))
    return gt


# 2 ------------------------------------------------------------------ Kettleby County, NE: cards break across pages
def kettleby(d, r):
    agency = "Kettleby County Sheriff's Office, NE [invented]"
    recs, cards, inc = [], [], 388
    for t in stamps(r, datetime.datetime(2025, 10, 1), 47, 31):
        inc += r.randint(1, 4)
        rec = {"case_number": f"25K-{inc:04d}", "reported_at": t.strftime("%b %d, %Y %I:%M %p"),
               "type": r.choice(TYPES), "location": f"{long_loc(r)}, Kettleby County",
               "disposition": r.choice(DISPS), "rel": []}
        narr = " ".join(r.sample(NARR, r.randint(2, 4)))
        cards.append((rec["case_number"], [
            ("head", f"#{rec['case_number']} | {rec['type']}"),
            ("tag", f"[{r.choice(['home', 'road', 'farm', 'store'])}]  [{r.choice(['1 deputy', '2 deputies', '3 deputies'])}]"),
            ("label", "Reported"), ("value", rec["reported_at"]),
            ("label", "Location"), ("value", rec["location"]),
            ("label", "Narrative"), ("value", narr),
            ("label", "Deputies"), ("value", ", ".join(f"K{r.randint(2, 40)}" for _ in range(r.randint(1, 3)))),
            ("label", "Disposition"), ("value", rec["disposition"]),
            ("rule", "")]))
        recs.append(rec)
    cards.append(("", [("gap", ""), ("tag", f"Cards in this export: {len(recs)}"),
                       ("value", "Kettleby County Sheriff - Records 555-0158")]))
    pages = paginate(cards, split_cont=lambda cid: [("tag", f"#{cid} (continued)")])
    path = d / "kettleby-deputylog-export-2025-10.pdf"
    draw(path, pages, [("DeputyLog", "Helvetica-Bold", 9), ("Kettleby Co. SO - October 2025 export", "Helvetica", 6.5)],
         lambda i, k: ("Shared from DeputyLog (Android)", f"Page {i} of {k}"))
    return [entry(path, agency, "deputy app incident cards exported as PDF (month)", "labelled blocks", recs, F5,
                  "Phone-width cards opening with a bold `#25K-NNNN | Type` line, then icon tags and labels above "
                  "values; long narratives wrap over many lines. Cards are NOT kept on one page: a card broken "
                  "by the page end resumes at the top of the next page under `#25K-NNNN (continued)`, the same "
                  "record, not a new one. Deputy codes `K12` are not numbers of records. Ends with `Cards in "
                  "this export: N`.",
                  "cards counted by the generator; the continued cards checked on the pages")]


# 3 ------------------------------------------------------------------ Vessey Township, MI: linked incidents
def vessey(d, r):
    agency = "Vessey Township Police Department, MI [invented]"
    gt, inc = [], 1204
    for fname, month, n in [("vessey-tablet-incidents-2025-09.pdf", 9, 72), ("vessey-tablet-incidents-2025-10.pdf", 10, 81)]:
        recs, cards = [], []
        first = inc + 1
        nsup = 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            inc += r.randint(1, 2)
            rec = {"case_number": f"VT-25-{inc:05d}", "reported_at": t.strftime("%m/%d/%y %H%M"),
                   "type": r.choice(TYPES), "location": addr(r) + ", Vessey Twp",
                   "disposition": r.choice(DISPS), "rel": []}
            items = [("tag", f"[doc] VT-25-{inc:05d}"),
                     ("label", "[clock] Reported"), ("value", rec["reported_at"]),
                     ("label", "[tag] Nature"), ("value", rec["type"]),
                     ("label", "[pin] Address"), ("value", rec["location"]),
                     ("label", "[check] Status"), ("value", rec["disposition"])]
            if r.random() < 0.3:
                links = sorted(r.sample(range(900, first - 5), r.randint(1, 3)))
                nums = [f"VT-25-{x:05d}" for x in links]
                rec["rel"] += [("linked_earlier_incident", x) for x in nums]
                items += [("label", "[link] Linked incidents"), ("value", "; ".join(nums))]
            if r.random() < 0.15:
                nsup += 1
                sup = f"VT-25-{inc:05d}-S{r.randint(1, 2)}"
                rec["rel"].append(("supplement", sup))
                items += [("label", "[clip] Supplement"), ("value", f"{sup} filed by Ofc. #{r.randint(100, 199)}")]
            items.append(("rule", ""))
            cards.append((rec["case_number"], items))
            recs.append(rec)
        cards.append(("", [("gap", ""), ("tag", f"[sum] {n} incidents - {nsup} with supplements"),
                           ("value", "Vessey Township PD Records, 555-0171")]))
        pages = paginate(cards)
        path = d / fname
        mname = datetime.date(2025, month, 1).strftime("%B %Y")
        draw(path, pages, [("Vessey Twp PD", "Helvetica-Bold", 9), (f"Incidents - {mname} - Print / Share", "Helvetica", 6.5)],
             lambda i, k, mname=mname: (f"VTPD Field Tablet  {mname}", f"{i} / {k}"))
        gt.append(entry(path, agency, "tablet app monthly incident list printed to PDF", "labelled blocks", recs, F5,
                        "Tablet cards printed on a narrow page; the card opens with `[doc] VT-25-NNNNN` (the id), "
                        "then icon-tagged labels (`[clock] Reported`, `[tag] Nature`, `[pin] Address`, "
                        "`[check] Status`) above their values. Some cards carry `[link] Linked incidents` listing "
                        "EARLIER incidents of the same series (same shape as the id, from before the month; "
                        "related numbers, not records) and `[clip] Supplement` numbers `VT-25-NNNNN-S1`. Ends with "
                        "`[sum] N incidents - M with supplements`.",
                        "cards counted by the generator"))
    return gt


# 4 ------------------------------------------------------------------ Harlow Springs, ID: timeline with day summaries
def harlow(d, r):
    agency = "Harlow Springs Police Department, ID [invented]"
    recs, cards, inc = [], [], 1460
    stamps_ = stamps(r, datetime.datetime(2025, 11, 3), 86, 12)
    days, num = {}, {}
    for t in stamps_:
        inc += r.randint(1, 3)
        num[t] = f"HS25-{inc:04d}"
    for t in stamps_:
        days.setdefault(t.date(), []).append(t)
    for day in sorted(days, reverse=True):  # newest day first, as a timeline
        ts = days[day]
        cards.append(("", [("sep", day.strftime("%a, %b %d, %Y").upper())]))
        cards.append(("", [("tag", "[chart] DAILY SUMMARY"), ("label", "INCIDENTS"), ("value", str(len(ts))),
                           ("label", "CALLS FOR SERVICE"), ("value", str(len(ts) + r.randint(4, 19))),
                           ("label", "BUSIEST HOUR"), ("value", f"{r.randint(14, 22)}:00"), ("rule", "")]))
        for t in sorted(ts, reverse=True):
            rec = {"case_number": num[t], "reported_at": day.strftime("%a, %b %d, %Y").upper() + " "
                   + t.strftime("%H:%M"), "type": r.choice(TYPES), "location": addr(r),
                   "disposition": r.choice(DISPS), "rel": []}
            cards.append((rec["case_number"], [
                ("tag", f"[bell] {t.strftime('%H:%M')}   [{r.choice(['car', 'bike', 'foot'])}]"),
                ("label", "CASE"), ("value", rec["case_number"]),
                ("label", "WHAT"), ("value", rec["type"]),
                ("label", "WHERE"), ("value", rec["location"]),
                ("label", "RESULT"), ("value", rec["disposition"]),
                ("rule", "")]))
            recs.append(rec)
    cards.append(("", [("gap", ""), ("tag", f"End of timeline - {len(recs)} incidents")]))
    pages = paginate(cards)
    path = d / "harlow-springs-timeline-2025-11-03-14.pdf"
    draw(path, pages, [("Harlow Springs PD", "Helvetica-Bold", 9), ("Activity timeline  11/03 - 11/14", "Helvetica", 6.5)],
         lambda i, k: ("Shared from HSPD Connect - 555-0119", f"{i} of {k}"))
    return [entry(path, agency, "police app activity timeline shared as PDF (12 days)", "labelled blocks", recs, F5,
                  "Phone timeline, newest first. Day separators like `FRI, NOV 14, 2025` carry the date; each "
                  "card shows only the time in its `[bell] HH:MM` tag, so `reported_at` is the separator date plus "
                  "the card time. Each day opens with a `[chart] DAILY SUMMARY` card (INCIDENTS / CALLS FOR "
                  "SERVICE / BUSIEST HOUR, labels above values like the incident cards) that is not an incident. "
                  "Ends with `End of timeline - N incidents`.",
                  "cards counted by the generator; the daily summary counts equal the cards of each day")]


# 5 ------------------------------------------------------------------ Quenby County, SD: pinned notice card
def quenby(d, r):
    agency = "Quenby County Sheriff's Office, SD [invented]"
    gt, inc = [], 702
    for fname, first, n, notice in [("quenby-sheriff-tablet-log-2025-11-a.pdf", 1, 54, "QC25-0688"),
                                    ("quenby-sheriff-tablet-log-2025-11-b.pdf", 16, 49, "QC25-0741")]:
        recs, cards = [], []
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 15):
            inc += r.randint(1, 2)
            if f"QC25-{inc:04d}" == notice:
                inc += 1
            rec = {"case_number": f"QC25-{inc:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": f"{long_loc(r)}, rural route {r.randint(2, 9)}",
                   "disposition": r.choice(DISPS), "rel": []}
            cards.append((rec["case_number"], [
                ("tag", f"[{r.choice(['star', 'car', 'radio'])}] Deputy {r.randint(201, 248)}"),
                ("label", "Incident No."), ("value", rec["case_number"]),
                ("label", "Received"), ("value", rec["reported_at"]),
                ("label", "Nature"), ("value", rec["type"]),
                ("label", "Address"), ("value", rec["location"]),
                ("label", "Outcome"), ("value", rec["disposition"]),
                ("rule", "")]))
            recs.append(rec)
        cards.append(("", [("gap", ""), ("tag", f"Total incidents: {n}")]))
        pin = [("tag", "[pin] PINNED"), ("label", "Notice No."), ("value", notice),
               ("label", "Received"), ("value", f"10/{r.randint(20, 31)}/2025 08:00"),
               ("label", "Nature"), ("value", "BOLO - stolen flatbed trailer, county-wide"), ("rule", "")]
        pages = paginate(cards, pin=pin)
        path = d / fname
        draw(path, pages, [("Quenby County Sheriff", "Helvetica-Bold", 9),
                           (f"Log {'Nov 1-15' if first == 1 else 'Nov 16-30'}, 2025 - AirDrop copy", "Helvetica", 6.5)],
             lambda i, k: ("QCSO Mobile Command for iPad", f"{i}/{k}"))
        gt.append(entry(path, agency, "sheriff's tablet app incident log shared as PDF (half month)", "labelled blocks",
                        recs, F5,
                        f"Narrow tablet print, one card per incident (`Incident No.` / `Received` / `Nature` / "
                        f"`Address` / `Outcome`, labels above values, wrapped addresses). A `[pin] PINNED` notice "
                        f"card with `Notice No. {notice}` (a BOLO, same shape and same labels as an incident card) "
                        f"is repeated at the top of every page; it is not an incident. Ends with `Total incidents: N`.",
                        "cards counted by the generator; pinned card checked on every page"))
    return gt


AGENCIES = [("ostrander-wy-pd", 1, ostrander), ("kettleby-county-ne-so", 2, kettleby),
            ("vessey-township-mi-pd", 3, vessey), ("harlow-springs-id-pd", 4, harlow),
            ("quenby-county-sd-so", 5, quenby)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
