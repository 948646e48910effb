"""Stand-alone check of the held-out set blind_logs167 (does not import prr).

Every PDF is a scan: each page one image. For every PDF: sha256, bytes and pages match groundtruth.json;
size under 600 KB; every page carries exactly one image; no text layer, except Kestrelmoor's garbage
layer; record_count equals len(case_numbers), 40-150, no id listed twice; related numbers are not ids.
Every page image is read with tesseract (`--psm 6`; 300 dpi bilevel pages through a 3x3 median filter,
150 and 200 dpi pages enlarged to about 300 dpi; turned upright first where `rotated_pages` says the page
is turned; Fenmarsh's card pages read a column at a time); OCR output is cached under
/tmp/blind_logs167-ocr, keyed by the PDF's sha256, page, turn and settings. On the OCR text, the page
furniture (fax header, Bates marks, titles, column headers, footers) is dropped and a stretch-start pattern
per layout (lenient about OCR noise around the id) gives the record stretches; their ids must be the
listed ids in order up to OCR misreadings: at least 97% read exactly, a misread id only close to the
listed one (edit distance <= 2) and equal to no listed id, a listed id whose start was not read at all
counted as a miss, no stretch the list lacks. At least 97% of the listed ids must appear exactly in the
OCR text. The document's own count equals record_count; every sample value is printed inside its own
record's stretch (words in order, each word at least 75% similar after OCR-confusion folding); plus one
check of each layout's trap and of the turned page. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere.
"""

import difflib
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
CACHE = Path("/tmp/blind_logs167-ocr")
TESS = ["--psm", "6", "--dpi", "300", "-c", "preserve_interword_spaces=1"]
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)

# per layout: IDS the shape of an id; FURN drops page furniture lines (searched anywhere in the line);
# START: a match with group "rec" starts a record stretch whose id is group "id" (or, where ID_IN has a
# pattern, its one match inside the stretch); other alternatives start stretches that are no records;
# TOTAL: the document's own count
IDS = {
    "brindlecombe-vt-pd": re.compile(r"26-\d{6}"),
    "kestrelmoor-county-mt-so": re.compile(r"K26-\d{5}"),
    "wendlebury-ct-pd": re.compile(r"26-\d{4}"),
    "quenby-township-mi-pd": re.compile(r"26-\d{6}"),
    "fenmarsh-county-ne-so": re.compile(r"F26-\d{4}"),
}
FAX = r"FROM:|TO:\s*CITY|P\.\s*\d{3}\s*/\s*\d{3}"
FURN = {
    "brindlecombe-vt-pd": re.compile(
        FAX + r"|BRINDLECOMBE POLICE|Incident Log\s+03/02|Case No\.?\s+Reported|Printed 03/16/26|Page \d+ of \d+"
              r"|RECEIVED|MAR 16 2026|BY: CLERK"),
    "kestrelmoor-county-mt-so": re.compile(
        FAX + r"|KESTRELMOOR COUNTY|DAILY INCIDENT BLOCKS|KCSO-IB|KCSO-PRR"),
    "wendlebury-ct-pd": re.compile(
        FAX + r"|WENDLEBURY POLICE|Weekly Police Log, March|^\W*-\s*\d\s*-\W*$|RECEIVED|MAR 17 2026|TOWN CLERK"),
    "quenby-township-mi-pd": re.compile(
        FAX + r"|QUENBY TOWNSHIP POLICE|Incident Summary\s+April|Incident summary, page|QTPD-PRR"),
    "fenmarsh-county-ne-so": re.compile(
        FAX + r"|FENMARSH COUNTY SHERIFF|COPY SHEET \d|Copy sheet \d|FCSO\s*\d{5}|[FP]ENMARSH CO\W"),
}
ID_TOKEN = r"\S{0,2}?(?P<id>[A-Z]?\d{2}[-~=—–.]{1,2}[0-9OIlSBZ]{4,6})\S{0,2}"
START = {
    "brindlecombe-vt-pd": re.compile(
        rf"^[^A-Za-z0-9\n]{{0,40}}(?:(?P<rec>{ID_TOKEN}\s+\S{{0,2}}\d\d/\d\d/\d\d)|Total incidents:)", re.M),
    "kestrelmoor-county-mt-so": re.compile(
        rf"^[^A-Za-z0-9\n]{{0,40}}(?:(?P<rec>INCIDENT\W{{0,3}}N[O0]\W{{0,6}}{ID_TOKEN})|INCIDENTS THIS REPORT)", re.M),
    "wendlebury-ct-pd": re.compile(r"(?<![A-Za-z])(?:(?P<rec>Reported\s+\d{1,2}/\d{1,2}/26)|Entries this week)", re.M),
    "quenby-township-mi-pd": re.compile(
        rf"^[^A-Za-z0-9\n]{{0,40}}(?:(?P<rec>(?P<n>\d{{1,3}})\W{{1,12}}{ID_TOKEN}\s+\S?\d\d/\d\d/2026)|Total incidents:)", re.M),
    "fenmarsh-county-ne-so": re.compile(
        rf"^[^A-Za-z0-9\n]{{0,40}}N[O0]\W{{0,3}}(?:{ID_TOKEN})\W*.{{0,14}}?[CG]ARD\W{{0,2}}(?P<card>[12])\W{{0,2}}[L.-]?\W?[O0]F"
        r"\W{0,2}(?P<of>[12])", re.M),
}
ID_IN = {"wendlebury-ct-pd": re.compile(r"[Il1]ncident[^A-Za-z0-9]{1,60}?(\d\d\S{3,7}?)[,.](?:\s|$)")}
TOTAL = {
    "brindlecombe-vt-pd": re.compile(r"Total incidents: (\d+)"),
    "kestrelmoor-county-mt-so": re.compile(r"INCIDENTS THIS REPORT: (\d+)"),
    "wendlebury-ct-pd": re.compile(r"Entries this week: (\d+)\."),
    "quenby-township-mi-pd": re.compile(r"Total incidents: (\d+)\."),
    "fenmarsh-county-ne-so": re.compile(r"Cards on file this month: (\d+)\."),
}
HALVES = {"fenmarsh-county-ne-so"}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_image(pdf, p):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-png", "-f", str(p), "-l", str(p), str(pdf), f"{tmp}/i"], check=True)
        files = sorted(Path(tmp).glob("i-*.png"))
        if len(files) != 1:
            raise ValueError(f"page {p}: {len(files)} images")
        img = Image.open(files[0])
        img.load()
        return img.convert("L")


def ocr(pdf, digest, p, turn=0, part=None):
    """OCR of page p (1-based) turned clockwise by `turn` degrees, optionally only its left or right half."""
    key = hashlib.sha256(json.dumps([digest, p, turn, part, TESS, "v2"]).encode()).hexdigest()
    f = CACHE / f"{key}.txt"
    if f.exists():
        return f.read_text()
    img = page_image(pdf, p)
    if turn:
        img = img.rotate(-turn, expand=True)
    if min(img.size) >= 2400:  # 300 dpi bilevel: speckle off
        img = img.filter(ImageFilter.MedianFilter(3))
    else:  # 150 and 200 dpi: enlarged to about 300 dpi
        k = 2 if min(img.size) < 1400 else 1.5
        img = img.resize((int(img.size[0] * k), int(img.size[1] * k)), Image.LANCZOS)
    if part is not None:
        w, h = img.size
        img = img.crop((0, 0, w // 2, h) if part == 0 else (w // 2, 0, w, h))
    with tempfile.TemporaryDirectory() as tmp:
        img.save(f"{tmp}/p.png")
        text = run(["tesseract", f"{tmp}/p.png", "stdout", *TESS]).replace("\f", "")
    CACHE.mkdir(parents=True, exist_ok=True)
    f.write_text(text)
    return text


def dark_fraction(pdf, p):
    """Share of pixels clearly darker than the page's paper (show-through, text), cached with the OCR."""
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    f = CACHE / (hashlib.sha256(json.dumps([digest, p, "dark"]).encode()).hexdigest() + ".txt")
    if f.exists():
        return float(f.read_text())
    img = page_image(pdf, p)
    hist = img.histogram()
    total = sum(hist)
    acc, med = 0, 0
    for v, c in enumerate(hist):
        acc += c
        if acc >= total / 2:
            med = v
            break
    frac = sum(hist[:max(0, med - 20)]) / total
    CACHE.mkdir(parents=True, exist_ok=True)
    f.write_text(repr(frac))
    return frac


def read_pdf(folder, pdf, e):
    """OCR text of every page, upright: {page: text}; for card pages the left column, then the right."""
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    pages = {}
    for p in range(1, e["pages"] + 1):
        turn = int(e["rotated_pages"].get(str(p), 0))
        if folder in HALVES:
            pages[p] = ocr(pdf, digest, p, turn, 0) + "\n@@ column @@\n" + ocr(pdf, digest, p, turn, 1)
        else:
            pages[p] = ocr(pdf, digest, p, turn)
    asis = {p: ocr(pdf, digest, int(p), 0) for p in e["rotated_pages"]}
    return {"pages": pages, "asis": asis}


def reading(folder, pages):
    parts = []
    for p in sorted(pages):
        lines = [ln for ln in pages[p].splitlines() if not FURN[folder].search(ln) and ln.strip()]
        parts.append(f"@@ page {p} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, stretch text, pages the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = re.sub(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", "", t[m.start():end], flags=re.M)
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        rec = m.groupdict().get("rec") or (m.groupdict().get("card") == "1")
        if rec:
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def fold(s):
    return s.translate(str.maketrans("OoIl|SBZ~—–=", "00111582----"))


def edits(a, b):
    a, b = fold(a), fold(b)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def compare_ids(found, ids):
    """Problems between the ids read from the stretch starts and the listed ids (see the module doc)."""
    problems = []
    listed = set(ids)
    exact = miss = 0
    sm = difflib.SequenceMatcher(a=ids, b=found, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            exact += a1 - a0
            continue
        got, want = found[b0:b1], ids[a0:a1]
        for g in got:
            if g in listed:
                problems.append(f"id {g} read at another place than listed")
        if op == "insert" or len(got) > len(want):
            problems.append(f"stretches the list lacks: {got} (listed {want})")
            continue
        for g, w in zip(got, want):
            if edits(g, w) > 2:
                problems.append(f"read {g!r} where {w} is listed")
        miss += len(want)
    if exact < 0.97 * len(ids):
        problems.append(f"only {exact} of {len(ids)} stretch ids read exactly ({miss} misread or missed)")
    return problems


def exact_in_order(found, ids):
    return sum(b.size for b in difflib.SequenceMatcher(a=ids, b=found, autojunk=False).get_matching_blocks())


def tokens(s):
    return [x for x in re.split(r"[\s/|,;:]+", s) if x.strip(".-")]


def similar(a, b):
    a, b = fold(a.strip('".,;:()#').lower()), fold(b.strip('".,;:()#').lower())
    return a == b or difflib.SequenceMatcher(a=a, b=b).ratio() >= 0.75


def in_order(words, toks):
    it = iter(toks)
    return all(any(similar(w, tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for _k, s in enumerate(e["sample_records"]):
        text = by_id.get(s["case_number"])
        if text is None:  # the start may be misread: the stretch at the sample's place in the list
            pos = e["case_numbers"].index(s["case_number"]) if s["case_number"] in e["case_numbers"] else -1
            text = recs[pos][1] if 0 <= pos < len(recs) and len(recs) == len(e["case_numbers"]) else None
        if text is None:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", text)
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def ids_on(recs, p):
    return [num for num, _, pages in recs if pages and pages[0] == p]


def turned_ok(folder, e, data, recs):
    """The turned page: read as it is, it gives (almost) no ids; turned upright, it gives its records."""
    bad = len(e["rotated_pages"]) != 1
    for p, deg in e["rotated_pages"].items():
        on = ids_on(recs, int(p))
        asis = set(IDS[folder].findall(data["asis"][p]))
        upright = set(IDS[folder].findall(data["pages"][int(p)]))
        bad |= int(deg) not in (90, 180, 270) or len(on) < 3
        bad |= len(asis & set(on)) > 0.1 * len(on) or len(upright & set(on)) < 0.9 * len(on)
        if folder == "brindlecombe-vt-pd":  # the fax header stays upright on the page fed upside down
            top = "\n".join(data["asis"][p].strip().splitlines()[:3])
            bad |= not re.search(rf"FROM:.*P\.\s*0*{p}\s*/", top)
    return bad


def check_layout(folder, name, e, data):
    """One check of the trap each layout is about (on the OCR text in `data`, which mutations may alter)."""
    ids = e["case_numbers"]
    bl = blocks(folder, reading(folder, data["pages"]))
    recs = [(num, text, pages) for num, text, pages, _ in bl if num]
    bad = compare_ids([num for num, _, _ in recs], ids) != []
    bad |= turned_ok(folder, e, data, recs)
    if folder == "brindlecombe-vt-pd":
        # one row per record, the turned page among the others: its records between its neighbours'
        p = int(next(iter(e["rotated_pages"])))
        bad |= not ids_on(recs, p - 1) or not ids_on(recs, p + 1)
    if folder == "kestrelmoor-county-mt-so":
        # the invisible text layer looks like the log but must not be trusted
        layer = data["layer"]
        shaped = re.findall(r"[KkX]?\S?2\S[-~=]\S{5}", layer)
        right = [x for x in ids if x in layer]
        bad |= len(re.findall(r"INC\S*\s*N\S*", layer)) < len(ids) / 2 or len(right) > 0.5 * len(ids)
        bad |= len([x for x in shaped if x not in ids]) < 10
        bad |= sum(len(pages) > 1 for _, _, pages in recs) < 2
    if folder == "wendlebury-ct-pd":
        # blank backs with show-through hold no record; entries run over a back to the next front
        backs = e.get("blank_back_pages", [])
        bad |= backs != list(range(2, e["pages"] + 1, 2))
        for p in backs:
            t = data["pages"][p]
            bad |= bool(IDS[folder].search(t) or re.search(r"Reported\s+\d", t))
            bad |= data["dark"].get(p, 0) < 0.002
        over = [num for num, _, pages in recs if len(pages) == 3 and pages[1] in backs]
        bad |= len(over) < 2 or any(len(pages) > 3 for _, _, pages in recs)
    if folder == "quenby-township-mi-pd":
        # the RECEIVED stamp's request number on page 1 has the shape of an id and is not one
        req = [r["number"] for r in e["related_numbers"] if "RECEIVED" in r["kind"]]
        p1 = data["pages"][1]
        bad |= len(req) != 1 or req[0] in ids or not IDS[folder].fullmatch(req[0] if req else "")
        bad |= not req or req[0] not in p1 or not re.search(r"RECEIVED|REQ\.|APR 20 2026", p1)
        bad |= any(req[0] == num for num, _, _ in recs) if req else True
        nums = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= sum(n == k for k, n in enumerate(nums, 1)) < 0.97 * len(ids)
    if folder == "fenmarsh-county-ne-so":
        # continuation cards repeat a number but start no record; cards run down the left column, then the right
        conts = [m.group("id") for num, _, _, m in bl if m.groupdict().get("card") == "2"]
        want = e.get("continuation_cards", [])
        bad |= len(conts) != len(want) or sum(a == b for a, b in zip(conts, want)) < len(want) - 1 or len(want) < 3
        bad |= e.get("cards") != len(ids) + len(want)
        for _p, t in data["pages"].items():
            left, _, right = t.partition("@@ column @@")
            ln = [int(x[-4:]) for x in IDS[folder].findall(left)]
            rn = [int(x[-4:]) for x in IDS[folder].findall(right)]
            bad |= bool(ln and rn and max(ln) > min(rn))
            bad |= not ln
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
            continue
        if len(data) >= 600_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        lst = run(["pdfimages", "-list", str(pdf)]).splitlines()[2:]
        if [int(x.split()[0]) for x in lst] != list(range(1, pages + 1)):
            problems.append(f"{pdf.name}: not one image per page")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if len(set(ids)) != len(ids):
            problems.append(f"{pdf.name}: an id is listed twice")
        for r in e["related_numbers"]:
            if r["number"] in ids or r["record"] not in ids:
                problems.append(f"{pdf.name}: related number {r['number']} is an id or belongs to no record")
        layer = run(["pdftotext", "-layout", str(pdf), "-"])
        garbage = e["text_layer"].startswith("garbage")
        if bool(layer.strip("\f\n ")) != garbage or e["scanned"] is not True:
            problems.append(f"{pdf.name}: text layer {'missing' if garbage else 'present'}")
        d = read_pdf(folder.name, pdf, e)
        d["layer"] = layer
        d["dark"] = {p: dark_fraction(pdf, p) for p in e.get("blank_back_pages", [])}
        full = "\n".join(d["pages"].values())
        legible = sum(x in full for x in ids)
        if legible < 0.97 * len(ids):
            problems.append(f"{pdf.name}: only {legible} of {len(ids)} ids OCR exactly")
        for r in e["related_numbers"]:
            if r["number"] not in full:
                problems.append(f"{pdf.name}: related number {r['number']} not read on the pages")
        bl = blocks(folder.name, reading(folder.name, d["pages"]))
        recs = [(num, text, pages) for num, text, pages, _ in bl if num]
        problems += [f"{pdf.name}: {x}" for x in compare_ids([num for num, _, _ in recs], ids)]
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if not got or any(x != len(ids) for x in got):
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_layout(folder.name, pdf.name, e, d)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {legible} ids OCR exactly, "
              f"{exact_in_order([n for n, _, _ in recs], ids)} stretch ids read exactly in order, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs167.py"), tmp], check=True)
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
