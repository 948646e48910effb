"""Stand-alone check of the held-out set blind_logs173 (does not import prr).

Every PDF keeps part of its text outside the page content stream: in form-field widgets, in flattened
field XObjects, in FreeText, Stamp and sticky-note annotations. For every PDF: sha256, bytes and pages
match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id; every id
and related number is in the `pdftotext -layout` text (which draws field and annotation appearances) at
least as often as listed, and no number is both. The page texts, page furniture dropped, are joined in
page order; on that text a layout-specific stretch-start pattern (which also finds the non-record
stretches: empty form rows, blank cards, day headings, empty day sheets, closing lines) gives exactly the
listed ids in order; the document's own count equals record_count; every sample value is printed inside
its own record's stretch, its words in order; size < 200 KB. Then one check of each layout's trap, on
what pdfplumber reads from the file (field values and names, annotation contents and rectangles, the
content-stream text of each page without annotations, characters in content-stream order) and on the
decoded streams of the file. With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere.
"""

import base64
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent

# per layout: FURN drops page furniture lines; START: a match with group "rec" starts a record stretch whose
# id is group "id" (or, where ID_IN has a pattern, the one match of it inside the stretch); the other
# alternatives start stretches that are no records
FURN = {
    "chalkridge-vt-pd": re.compile(
        r"^ *(?:CHALKRIDGE POLICE DEPARTMENT \[invented\] *$|DAILY INCIDENT LOG - Form IL-3|COPY *$|RECORDS UNIT *$"
        r"|Log date: |No\. +Case No\. +Reported|Type in the white boxes)"),
    "wexcombe-county-wy-so": re.compile(
        r"^ *(?:WEXCOMBE COUNTY SHERIFF'S OFFICE \[invented\] *$|Incident Card Log - Form SO-14"
        r"|Form SO-14 filled in at dispatch)"),
    "ostrander-falls-ny-pd": re.compile(
        r"^ *(?:OSTRANDER FALLS POLICE DEPARTMENT \[invented\] *$|Police Log for the week of March 9"
        r"|Ostrander Falls PD \[invented\] - Police Log|Page \d+ of \d+ *$)"),
    "brindle-creek-mt-marshal": re.compile(
        r"^ *(?:BRINDLE CREEK TOWN MARSHAL'S OFFICE \[invented\] *$|Daily Activity Sheet - fillable form DA-1"
        r"|Date: +\d\d/\d\d/2026 +Shift:|INCIDENTS / CALLS \(number each entry|Form DA-1 - one sheet per day)"),
    "vellacourt-me-pd": re.compile(
        r"^ *(?:VELLACOURT POLICE DEPARTMENT \[invented\] +INCIDENT REGISTER|PERIOD 03/16/26 - 03/29/26"
        r"|CASE NO\. +REPORTED +TYPE|LOCATION +OCCURRED +DISP +UNIT|RMS-IR2 +PRINTED)"),
}
START = {
    "chalkridge-vt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d{1,2}) +(?P<id>2026-\d{5}) +\d\d/\d\d/2026 \d\d:\d\d )|(?P<empty>\d{1,2} *$)"
        r"|Entries on this sheet:)", re.M),
    "wexcombe-county-wy-so": re.compile(
        r"^ *(?:(?P<rec>INCIDENT NO\.: +(?P<id>WX26-\d{5}) +RECEIVED:)|(?P<blank>INCIDENT NO\.: +RECEIVED: *$)"
        r"|CARD \d *$|Cards in this log:)", re.M),
    "ostrander-falls-ny-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<late>LATE ENTRY \(added by Records 03/17/26\): )?\d{1,2}/\d{1,2}/26, \d{4} hrs\. "
        r"[A-Z][^.]*? reported at )|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), March \d+, 2026 *$"
        r"|Entries in this log:)", re.M),
    "brindle-creek-mt-marshal": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d{1,2})\. (?P<id>26M-\d{4}) - \d{4} hrs - )|(?P<none>No reportable incidents this date\.)"
        r"|Number of entries:)", re.M),
    "vellacourt-me-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>R26-\d{4}) +\d\d/\d\d/26 \d\d:\d\d )|TOTAL INCIDENTS:)", re.M),
}
ID_IN = {"ostrander-falls-ny-pd": re.compile(r"\bRef\.\s+(OF-26-\d{4})\.")}
IDS = {
    "chalkridge-vt-pd": re.compile(r"\b2026-\d{5}\b"),
    "wexcombe-county-wy-so": re.compile(r"\bWX26-\d{5}\b"),
    "ostrander-falls-ny-pd": re.compile(r"\bOF-26-\d{4}\b"),
    "brindle-creek-mt-marshal": re.compile(r"\b26M-\d{4}\b"),
    "vellacourt-me-pd": re.compile(r"\bR26-\d{4}\b"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def own_count(folder, full):
    """The document's own count of its records, as printed (a list: one value expected)."""
    if folder == "chalkridge-vt-pd":
        return [int(x) for x in re.findall(r"Period total \(last sheet only\): +(\d+)", full)]
    if folder == "wexcombe-county-wy-so":
        return [int(x) for x in re.findall(r"Cards in this log: (\d+)", full)]
    if folder == "ostrander-falls-ny-pd":  # the clerk's corrected total, typed beside the printed one
        return [int(x) for x in re.findall(r"\+ \d+ late entries = (\d+)", full)]
    if folder == "brindle-creek-mt-marshal":  # no total: the sheets' own counts add up
        return [sum(int(x) for x in re.findall(r"Number of entries: +(\d+)", full))]
    return [int(x) for x in re.findall(r"TOTAL INCIDENTS: (\d+)", full)]


def reading(folder, pages):
    """The page texts in order, furniture lines dropped, each after a `@@ page k @@` marker."""
    parts = []
    for k, text in enumerate(pages, 1):
        lines = [ln for ln in text.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def records(folder, pages):
    return [(num, text, pg) for num, text, pg, _ in blocks(folder, reading(folder, pages)) if num]


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d)", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def dec(v):
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return "" if v is None else str(v)


def streams(data):
    """(stream dictionary, decoded content) of every stream object in the file."""
    out = []
    for m in re.finditer(rb"obj\s*(<<.*?)stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            raw = base64.a85decode(re.sub(rb"\s", b"", raw).removeprefix(b"<~").removesuffix(b"~>"))
        if b"FlateDecode" in d:
            raw = zlib.decompressobj().decompress(raw)
        out.append((d, raw.decode("latin-1")))
    return out


def facts(pdf):
    """What the trap checks look at, read from the file: pdftotext pages; per page the content-stream text
    (pdfplumber, no annotations), characters in content-stream order, words with positions, annotations;
    the decoded streams; whether the file has form fields."""
    data = pdf.read_bytes()
    full = run(["pdftotext", "-layout", str(pdf), "-"])
    f = {"full": full, "pages": full.split("\f")[:-1], "content": [], "chars": [], "words": [], "annots": [],
         "streams": streams(data), "acroform": False}
    with pdfplumber.open(pdf) as doc:
        f["acroform"] = "AcroForm" in doc.doc.catalog
        for page in doc.pages:
            f["content"].append(page.extract_text() or "")
            f["chars"].append("".join(ch["text"] for ch in page.chars))
            f["words"].append([(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in page.extract_words()])
            f["annots"].append([{"subtype": dec(a["data"].get("Subtype")).lstrip("/").strip("'"),
                                 "name": dec(a["data"].get("T")), "value": dec(a["data"].get("V")),
                                 "contents": dec(a["data"].get("Contents")), "ff": a["data"].get("Ff", 0),
                                 "box": (a["x0"], a["top"], a["x1"], a["bottom"])} for a in page.annots])
    for anns in f["annots"]:
        for a in anns:
            a["subtype"] = re.sub(r"^/?'?|'$", "", a["subtype"])
    return f


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_layout(folder, name, e, f):
    """One check of the trap each layout is about (on copies of what was read from the file)."""
    ids = e["case_numbers"]
    bl = blocks(folder, reading(folder, f["pages"]))
    recs = [(num, text, pages) for num, text, pages, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids
    page_of = {num: pages[0] for num, _, pages in recs}
    content = "\n".join(f["content"])
    in_content = [i for i in ids if i in content]
    if folder == "chalkridge-vt-pd":
        # values only in widgets, added column by column; empty rows; a COPY stamp on every sheet
        bad |= not f["acroform"] or bool(in_content)
        widgets = [[a for a in anns if a["subtype"] == "Widget"] for anns in f["annots"]]
        case_vals = [a["value"] for ws in widgets for a in ws if re.fullmatch(r"p\d+\.c1\.r\d\d", a["name"])]
        bad |= [v for v in case_vals if v] != ids
        for p, ws in enumerate(widgets, 1):
            cols = [int(m.group(1)) for a in ws for m in [re.fullmatch(r"p\d+\.c(\d)\.r\d\d", a["name"])] if m]
            bad |= len(cols) != 60 or cols != sorted(cols) or cols[:12] != [1] * 12
            on_page = [num for num in ids if page_of[num] == p]
            count = re.findall(r"Entries on this sheet: +(\d+)", f["pages"][p - 1])
            bad |= count != [str(len(on_page))]
            bad |= sum(a["subtype"] == "Stamp" and a["contents"] == "COPY" for a in f["annots"][p - 1]) != 1
        empty = [m for _, _, _, m in bl if m.group("empty")]
        bad |= len(empty) < 10 or len([v for v in case_vals if not v]) != len(empty)
        bad |= not re.search(r"Sheet: +2 of 2", f["full"])
    if folder == "wexcombe-county-wy-so":
        # flattened: no fields; values in /Tx form XObjects painted after the template; blank cards last
        bad |= f["acroform"] or any(a["subtype"] == "Widget" for anns in f["annots"] for a in anns)
        tx = [c for d, c in f["streams"] if b"/Subtype /Form" in d and "/Tx BMC" in c and "EMC" in c]
        pagestreams = [c for d, c in f["streams"] if b"/Subtype /Form" not in d]
        bad |= len(tx) != 7 * len(ids) or any(i in c for c in pagestreams for i in ids)
        bad |= sorted(m.group() for c in tx for m in IDS[folder].finditer(c)) != sorted(ids)
        for p, chars in enumerate(f["chars"], 1):
            on_page = [num for num in ids if page_of[num] == p]
            last_label = chars.rfind("DEPUTY:")
            first_val = min((chars.find(i) for i in on_page), default=-1)
            bad |= not on_page or last_label < 0 or first_val < last_label
        blank = [pages for _, _, pages, m in bl if m.group("blank")]
        bad |= not blank or any(p != [len(f["pages"])] for p in blank)
        bad |= len(blank) + len(ids) != 4 * len(f["pages"])
        stamp = [a for a in f["annots"][0] if a["subtype"] == "Stamp" and "RECEIVED" in a["contents"]]
        bad |= len(stamp) != 1 or not recs or "MAR 04 2026" not in recs[0][1]
    if folder == "ostrander-falls-ny-pd":
        # late entries only in FreeText annotations, after their page's printed entries; sticky notes unprinted
        late = [(p, m.group(1)) for p, anns in enumerate(f["annots"], 1) for a in anns
                if a["subtype"] == "FreeText" and a["contents"].startswith("LATE ENTRY")
                for m in [ID_IN[folder].search(a["contents"])] if m]
        late_ids = {i for _, i in late}
        bad |= len(late) < 3 or any(i not in late_ids for i in in_content if i in late_ids)
        bad |= bool(late_ids & set(in_content)) or set(in_content) != set(ids) - late_ids
        starts = {num: bool(m.group("late")) for num, _, _, m in bl if num}
        bad |= {num for num, is_late in starts.items() if is_late} != late_ids
        for p in range(1, len(f["pages"]) + 1):
            kinds = [starts[num] for num in ids if page_of[num] == p]
            bad |= kinds != sorted(kinds)  # printed entries first, then the late ones
            bad |= any(page_of[i] != p for q, i in late if q == p)
        notes = [a["contents"] for anns in f["annots"] for a in anns if a["subtype"] == "Text"]
        noted = {i for c in notes for i in IDS[folder].findall(c)}
        bad |= noted != late_ids or any(c[:40] in re.sub(r"\s+", " ", f["full"]) for c in notes)
        printed = [int(x) for x in re.findall(r"Entries in this log: (\d+)\.", f["full"])]
        bad |= printed != [len(ids) - len(late_ids)]
    if folder == "brindle-creek-mt-marshal":
        # every sheet's items in one multi-line field; numbers restart per sheet; empty sheets
        bad |= not f["acroform"] or bool(in_content)
        nones = 0
        for p, anns in enumerate(f["annots"], 1):
            multi = [a for a in anns if a["subtype"] == "Widget" and int(a["ff"] or 0) & 4096]
            on_page = [num for num in ids if page_of[num] == p]
            if len(multi) != 1:
                bad = True
                continue
            v = multi[0]["value"]
            items = v.split("\r")
            bad |= "\n" in v or IDS[folder].findall(v) != on_page
            if on_page:
                bad |= [int(x.split(".")[0]) for x in items] != list(range(1, len(on_page) + 1))
            else:
                nones += 1
                bad |= items != ["No reportable incidents this date."]
        nums = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= nums.count(1) != len(f["pages"]) - nones or nones < 2
        wrapped = sum(len(text.strip().splitlines()) > 1 for num, text, _ in recs)
        bad |= wrapped < 5
        bad |= len([m for _, _, _, m in bl if m.group("none")]) != nones
    if folder == "vellacourt-me-pd":
        # white FreeText corrections over printed values that stay in the content stream
        fixes = 0
        for p, anns in enumerate(f["annots"], 1):
            for a in anns:
                if a["subtype"] != "FreeText":
                    continue
                under = [w for w in f["words"][p - 1] if overlap(a["box"], w[1:])]
                bad |= not under or " ".join(w[0] for w in under) == a["contents"]
                bad |= any(IDS[folder].fullmatch(w[0]) for w in under)
                fixes += 1
            bad |= sum(a["subtype"] == "Text" for a in anns) != sum(a["subtype"] == "FreeText" for a in anns)
        bad |= fixes < 6
        mid = e["sample_records"][1]
        fixed_words = {a["contents"] for anns in f["annots"] for a in anns if a["subtype"] == "FreeText"}
        bad |= mid["disposition"] not in fixed_words
        stretch = next((text for num, text, _ in recs if num == mid["case_number"]), "")
        bad |= len(re.findall(r"\b[A-Z]{3,}\b", stretch.splitlines()[1] if "\n" in stretch else "")) < 1
        disp_words = [w for w in re.findall(r"[A-Z][A-Z ]+", stretch) if w.strip() in
                      ("REPORT", "ARREST", "CITATION", "REFERRED", "UNFOUNDED", "NO ACTION", "WARNING", "GOA", "OPEN",
                       "ASSIST")]
        bad |= len(disp_words) < 2  # the covered value and the correction both in the text
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        f = facts(pdf)
        full = f["full"]
        pages = len(f["pages"])
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 30:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, f["pages"])
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = own_count(folder.name, full)
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, f)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{sum(len(a) for a in f['annots'])} annotations, {len(e['related_numbers'])} related numbers, "
              f"{len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs173.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
