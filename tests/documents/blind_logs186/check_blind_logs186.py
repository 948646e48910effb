"""Stand-alone check of the held-out set blind_logs186 (does not import prr).

Every PDF is a scan: one raster image per page, no text layer except the one agency whose scanner added
its own (wrong) OCR layer. The check reads the pages the way a person would have to: each page is
rendered (`pdftoppm -r 300 -gray`) and read by tesseract (`--psm 6`; the two 1-bit copies are first
cleaned of halftone dots and specks by a 3x3 opening). For every PDF: sha256, bytes and pages match
groundtruth.json; size < 1 MB; record_count equals len(case_numbers) and is 40-150 with no duplicate id;
every id and related number is in the OCR text at least as often as listed, and no number is both. The OCR
pages, their page furniture dropped, are joined; a layout-specific stretch-start pattern (which also
finds the closing lines) gives exactly the listed ids in order; the document's own count is right (for
Calder Flats it still counts the row under the tape); every sample value is printed inside its own
record's stretch, its words in order; every paper mark listed in `paper_marks` is on the page (pixel
statistics of its box); plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
D = "\u2014"
CACHE = {}  # rendered pages and OCR text, keyed by the PDF's sha256: the mutation runs reuse them
OPENING = {"wrenmoor-county-mt-so", "hollowmere-county-wa-so"}  # 1-bit copies: 3x3 opening before OCR
PAD = r"^[^\w\n]{0,4}"

FURN = {
    "calder-flats-nv-pd": re.compile(
        r"(?i)police department|daily incident log|^\W*incident no|printed 03/09/26|page \d+ of \d+"),
    "wrenmoor-county-mt-so": re.compile(r"(?i)sheriff.?s office|incident blocks|wcso|page \d+ of \d+"),
    "ostrander-ks-pd": re.compile(r"(?i)police department|activity summary|^\W*-? ?\d+ ?-?\W*$"),
    "pemberton-falls-me-pd": re.compile(r"(?i)police department|incident items, april|^\W*page \d+/\d+"),
    "hollowmere-county-wa-so": re.compile(
        r"(?i)sheriff.?s office|^\W*run 01/24/26|^\W*incident +reported|^\W*occurred\W+disp|^\W*page +\d+\W*$"),
}
# a match with group "rec" starts a record stretch whose id is group "id" (or the one ID_IN match inside
# the stretch); the other alternatives start stretches that are no records (closing lines)
START = {
    "calder-flats-nv-pd": re.compile(
        PAD + r"(?:(?P<rec>(?P<id>CF26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) )|Total incidents:)", re.M),
    "wrenmoor-county-mt-so": re.compile(
        r"^.{0,6}?(?:(?P<rec>CASE\W?NO\W{0,2} +\w{0,2}?(?P<id>[Ww][Cc]26-\d{5}))|BLOCKS THIS PERIOD:)", re.M),
    "ostrander-ks-pd": re.compile(
        PAD + rf"(?:(?P<rec>(?P<date>\d{{1,2}}/\d{{1,2}}/26) at \d{{4}} hrs {D})|Entries this week:)", re.M),
    "pemberton-falls-me-pd": re.compile(
        r"^.{0,8}?(?:(?P<rec>(?:(?P<n>\d{1,2})\. +)?(?:[^\s\d]{1,2} ?)?(?P<id>PF26-\d{4}) +Reported)|\d+ items\.)", re.M),
    "hollowmere-county-wa-so": re.compile(
        r"^.{0,8}?(?:(?P<rec>(?<!\d)(?P<id>26-?\d{6})[ .,]{1,4}\d\d/\d\d/\d\d)|TOTAL INCIDENTS LISTED:)", re.M),
}
ID_IN = {"ostrander-ks-pd": re.compile(r"\bReport\s+(26-\d{5});")}
TOTAL = {
    "calder-flats-nv-pd": re.compile(r"Total incidents: (\d+)"),
    "wrenmoor-county-mt-so": re.compile(r"BLOCKS THIS PERIOD: (\d+)"),
    "ostrander-ks-pd": re.compile(r"Entries this week: (\d+)\."),
    "pemberton-falls-me-pd": re.compile(r"(?m)^\W{0,3}(\d+) items\."),
    "hollowmere-county-wa-so": re.compile(r"TOTAL INCIDENTS LISTED: (\d+)"),
}
IMAGES = {  # (encoding, bits per component, resolution) of every page image
    "calder-flats-nv-pd": ("jpeg", 8, 200), "wrenmoor-county-mt-so": ("ccitt", 1, 300),
    "ostrander-ks-pd": ("jpeg", 8, 150), "pemberton-falls-me-pd": ("jpeg", 8, 150),
    "hollowmere-county-wa-so": ("ccitt", 1, 200),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)


def run(args, data=None):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    return subprocess.run(args, input=data, capture_output=True, check=True, env=env).stdout


def page_pixels(pdf, sha, page, dpi):
    key = ("px", sha, page, dpi)
    if key not in CACHE:
        png = run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page), str(pdf)])
        CACHE[key] = Image.open(io.BytesIO(png)).convert("L")
    return CACHE[key]


def ocr_pages(pdf, sha, pages, opening):
    out = []
    for p in range(1, pages + 1):
        key = ("ocr", sha, p, opening)
        if key not in CACHE:
            im = page_pixels(pdf, sha, p, 300)
            if opening:
                im = im.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.MinFilter(3))
            buf = io.BytesIO()
            im.save(buf, "PNG")
            CACHE[key] = run(["tesseract", "stdin", "stdout", "--psm", "6"], buf.getvalue()).decode()
        out.append(CACHE[key])
    return out


def image_list(pdf):
    """(page, encoding, bits per component, x-ppi) of every image, from `pdfimages -list`."""
    rows = run(["pdfimages", "-list", str(pdf)]).decode().splitlines()[2:]
    return [(int(c[0]), c[8], int(c[7]), int(c[12])) for c in (row.split() for row in rows)]


def reading(folder, pages):
    """The OCR pages joined, each after a `@@ page k @@` marker, furniture lines dropped."""
    parts = []
    for k, text in enumerate(pages, 1):
        lines = [ln for ln in text.splitlines() if ln.strip() and not FURN[folder].search(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages it runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = t[m.start():end]
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(MARK.sub("", text))
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = re.sub(r"^([A-Z]{2})?26-?", r"\g<1>26-", m.group("id").upper())  # OCR may drop the hyphen
        out.append((num, text, pages, m))
    return out


def records(folder, pages):
    return [(num, text, p) for num, text, p, _ in blocks(folder, reading(folder, pages)) if num]


def check_numbers(name, flat, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        pat = re.escape(num).replace(r"\-", "-?")  # OCR may drop a hyphen
        have = len(re.findall(rf"(?<![\d-]){pat}(?![\d-])", flat, re.I))
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
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


def norm(tok):
    return tok.strip("\"'.,;:()#\u2018\u2019\u201c\u201d").lower()


def in_order(words, toks):
    it = iter(toks)
    return all(any(norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if key != "case_number" and not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def box_stats(img, box, dpi):
    """Pixels (0-255) of a box given in points on a page rendered at dpi."""
    k = dpi / 72
    x0, y0, x1, y1 = box
    a = np.asarray(img, dtype=np.float32)
    top, bottom = int(a.shape[0] - y1 * k), int(a.shape[0] - y0 * k)
    return a[max(0, top):bottom, max(0, int(x0 * k)):int(x1 * k)]


MARK_TESTS = {  # kind: (render dpi, test on the box's pixels)
    "punch hole": (100, lambda a: a.mean() < 100),
    "sprocket hole": (100, lambda a: a.mean() < 100),
    "opaque tape": (100, lambda a: 185 < np.median(a) < 245 and (a < 110).mean() < 0.08),
    "sticky note": (100, lambda a: 185 < np.median(a) < 245 and (a < 110).mean() < 0.08),
    "highlighter": (100, lambda a: 150 < np.median(a) < 228),
    "halftone": (300, lambda a: 0.04 < (a < 128).mean() < 0.4),
    "pen tick": (100, lambda a: (a < 140).mean() > 0.04),
    "pen circle": (100, lambda a: (a < 140).mean() > 0.04),
}


def check_marks(name, pdf, sha, e):
    problems = []
    for mk in e.get("paper_marks", []):
        dpi, test = MARK_TESTS[mk["kind"]]
        a = box_stats(page_pixels(pdf, sha, mk["page"], dpi), mk["box"], dpi)
        if not a.size or not test(a):
            problems.append(f"{name}: {mk['kind']} not found on page {mk['page']} at {mk['box']}")
    return problems


def check_layout(folder, e, pages, layer, images):
    """One check of the trap each layout is about, on the OCR pages, the text layer and the image list."""
    ids = e["case_numbers"]
    bad = False
    enc, bpc, ppi = IMAGES[folder]
    bad |= [p for p, *_ in images] != list(range(1, e["pages"] + 1))
    bad |= any((x, b, r) != (enc, bpc, ppi) for _, x, b, r in images)
    bad |= bool(layer.strip()) != (folder == "ostrander-ks-pd")
    bl = blocks(folder, reading(folder, pages))
    recs = [(num, text) for num, text, _, _ in bl if num]
    flat = " ".join(pages)
    if folder == "calder-flats-nv-pd":
        # the taped-over row: its id nowhere, yet counted by the closing total; the note's rows are records
        cov = e["covered_entirely"]
        bad |= not cov or any(re.search(re.escape(c), flat, re.I) for c in cov)
        bad |= TOTAL[folder].findall(flat) != [str(len(ids) + len(cov))] or e["printed_total"] != len(ids) + len(cov)
        bad |= not set(e["covered_in_part"]) <= {num for num, _ in recs} or len(e["covered_in_part"]) < 3
        bad |= not all(c in e["notes"] for c in cov)
    if folder == "wrenmoor-county-mt-so":
        # a halftone bar behind a CASE NO line on every page; blocks whole (every record has its labels)
        ht = {mk["page"] for mk in e["paper_marks"] if mk["kind"] == "halftone"}
        bad |= ht != set(range(1, e["pages"] + 1))
        bad |= any(not re.search(r"DISPOSITION", text) for _, text in recs)
    if folder == "ostrander-ks-pd":
        # the scanner's layer misreads the highlighted ids; the image shows them right
        wrong = {x["record"]: x["text_layer"] for x in e["text_layer_misreads"]}
        lay = re.findall(r"\bReport\s+(26-[\dOlBS]{5});", layer)
        bad |= len(wrong) < 3 or lay != [wrong.get(i, i) for i in ids]
        bad |= any(w == r or w in ids for r, w in wrong.items())
        lit = [mk for mk in e["paper_marks"] if mk["kind"] == "highlighter"]
        bad |= len(lit) != len(wrong)
    if folder == "pemberton-falls-me-pd":
        # punched item numbers are missing, every other item number is printed and right
        nums = [m.group("n") for num, _, _, m in bl if num]
        punched = e["punched_item_numbers"]
        bad |= len(punched) < 3 or nums != [None if i in punched else str(i) for i in range(1, len(ids) + 1)]
        holes = [mk for mk in e["paper_marks"] if mk["kind"] == "punch hole"]
        bad |= len(holes) != len(punched)
        cits = {(num, c) for num, text in recs for c in re.findall(r"Citation\s+(C\d{6})\s+issued", text)}
        bad |= cits != {(r["record"], r["number"]) for r in e["related_numbers"]} or len(cits) < 3
    if folder == "hollowmere-county-wa-so":
        # two lines per record: the second line's call number belongs to the record above it
        cads = {(num, c) for num, text in recs for c in re.findall(r"(?<!\d)(\d{10})(?!\d)", text)}
        bad |= cads != {(r["record"], r["number"]) for r in e["related_numbers"]} or len(cads) != len(ids)
        sp = {mk["page"] for mk in e["paper_marks"] if mk["kind"] == "sprocket hole"}
        bad |= sp != set(range(1, e["pages"] + 1))
    return [f"{e['file']}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        name = pdf.name
        if sha != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{name}: sha256/bytes differ")
        info = run(["pdfinfo", str(pdf)]).decode()
        pages = int(re.search(r"(?m)^Pages:\s+(\d+)", info).group(1))
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{name}: pages {pages} vs {e['pages']}")
        if len(data) >= 1_000_000:
            problems.append(f"{name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{name}: record_count {e['record_count']} vs {len(ids)}")
        texts = ocr_pages(pdf, sha, pages, folder.name in OPENING)
        flat = re.sub(r"\s+", " ", " ".join(texts))
        problems += check_numbers(name, flat, e)
        recs = records(folder.name, texts)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall("\n".join(texts))]
        if got != [len(ids) + len(e.get("covered_entirely", []))]:
            problems.append(f"{name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(name, recs, e)
        problems += check_marks(name, pdf, sha, e)
        layer = run(["pdftotext", "-layout", str(pdf), "-"]).decode().replace("\f", "")
        problems += check_layout(folder.name, e, texts, layer, image_list(pdf))
        print(f"{folder.name}/{name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers, {len(e.get('paper_marks', []))} paper marks, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs186.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def check_set(here):
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = check_set(here)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
