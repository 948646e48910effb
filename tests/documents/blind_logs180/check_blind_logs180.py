"""Stand-alone check of the held-out set blind_logs180 (does not import prr).

Every PDF carries record-like text that is not printed (a layer switched off, text outside the CropBox,
white text, clipped text, text under boxes drawn later). What a reader sees is taken to be the glyphs
that leave ink on a pypdfium2 render: each pdfplumber character is kept only if its box on the rendered
page is not of one flat colour. For every PDF: sha256, bytes and pages match groundtruth.json;
record_count equals len(case_numbers), 40-150, no duplicate id; every id and related number is in the
visible text at least as often as listed, and no number is both; a stretch-start pattern per layout on
the visible text of each page gives exactly the listed ids in order; the document's own total equals
record_count; every sample value is printed, words in order, inside its own record's stretch; size
< 200 KB. Every `not_printed` number is in the text layer of its page (pdfplumber; and `pdftotext`
where poppler does not itself leave it out), its glyphs leave no ink, and it is not in the visible text;
plus one check of each layout's trap on the raw content streams. With --ocr, each rendered page is read
by tesseract: no `not_printed` number may appear and at least 90 % of the listed ids must. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pdfplumber
import pypdfium2

HERE = Path(__file__).resolve().parent
D = "\u2014"
SCALE = 2
START = {
    "tallowmere-wa-pd": re.compile(
        r"^(?:(?P<rec>(?P<id>26-\d{6}) \d\d/\d\d/\d\d \d\d:\d\d )|Total incidents listed:)", re.M),
    "corvallen-county-ne-so": re.compile(
        r"^(?:(?P<rec>INCIDENT #: (?P<id>CS26-\d{5}) REPORTED: )|TOTAL INCIDENTS THIS REPORT:|SECTION 2 )", re.M),
    "wendleford-vt-pd": re.compile(rf"^(?:(?P<rec>\d{{1,2}}/\d{{1,2}}/\d\d, \d{{4}} hrs {D} )|Entries in this log:)",
                                   re.M),
    "ostermoor-township-mi-pd": re.compile(
        rf"^(?:(?P<rec>(?P<n>\d+)\. (?P<id>OT26-\d{{4}}) {D} Reported )|Items this issue:)", re.M),
    "harlsby-county-ks-so": re.compile(
        r"^(?:(?P<rec>(?P<id>HC2\d-\d{5}) \d\d/\d\d/\d\d \d{4} )|TOTAL ENTRIES:|SUPERVISOR REVIEW)", re.M),
}
ID_IN = {"wendleford-vt-pd": re.compile(r"\bCase\s+(\d\d-\d{6});")}
TOTAL = {
    "tallowmere-wa-pd": re.compile(r"Total incidents listed: (\d+)"),
    "corvallen-county-ne-so": re.compile(r"TOTAL INCIDENTS THIS REPORT: (\d+)"),
    "wendleford-vt-pd": re.compile(r"Entries in this log: (\d+)\."),
    "ostermoor-township-mi-pd": re.compile(r"Items this issue: (\d+)"),
    "harlsby-county-ks-so": re.compile(r"TOTAL ENTRIES: (\d+)"),
}
CACHE = {}  # sha256 of a PDF -> its extraction (the mutation script checks many copies of the same PDFs)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


# ------------------------------------------------------------------ reading the PDFs
def objects(data):
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(?s)(\d+) 0 obj\n(.*?)\nendobj", data)}


def streams(data):
    """Decoded content stream of each page, in page order, and the page dictionaries."""
    objs = objects(data)
    cat = next(o for o in objs.values() if b"/Type /Catalog" in o)
    pages = objs[int(re.search(rb"/Pages (\d+) 0 R", cat).group(1))]
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", pages).group(1))]
    out = []
    for k in kids:
        pd = objs[k]
        body = objs[int(re.search(rb"/Contents (\d+) 0 R", pd).group(1))]
        raw = re.search(rb"(?s)stream\n(.*)\nendstream", body).group(1)
        out.append((pd, zlib.decompress(raw).decode("latin-1")))
    return cat, objs, out


def unesc(s):
    return re.sub(r"\\([\\()])", r"\1", s).encode("latin-1").decode("cp1252")


def interpret(content):
    """Text shows and filled boxes of one of these content streams, with the state they were drawn in."""
    shows, fills = [], []
    gray, oc, clip, stack = 0.0, 0, None, []
    for i, line in enumerate(content.splitlines()):
        m = re.fullmatch(r"BT /(\w+) ([\d.]+) Tf ([\d.-]+) ([\d.-]+) Td \((.*)\) Tj ET", line)
        if m:
            shows.append({"text": unesc(m.group(5)), "x": float(m.group(3)), "y": float(m.group(4)),
                          "size": float(m.group(2)), "gray": gray, "oc": oc > 0, "clip": clip, "i": i})
            continue
        if re.fullmatch(r"/OC /\w+ BDC", line):
            oc += 1
        elif line == "EMC":
            oc -= 1
        elif re.fullmatch(r"[\d.]+ g", line):
            gray = float(line.split()[0])
        elif line.startswith("q ") and line.endswith(" re W n"):
            stack.append(clip)
            clip = tuple(float(v) for v in line.split()[1:5])
        elif line == "q":
            stack.append(clip)
        elif line == "Q":
            clip = stack.pop()
        m = re.fullmatch(r"([\d.]+) g ([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re f 0 g", line)
        if m:
            fills.append({"gray": float(m.group(1)), "rect": tuple(float(v) for v in m.group(2, 3, 4, 5)), "i": i})
    return shows, fills


def inked(img, box):
    """Does this box of the render (pixels) hold more than one flat colour?"""
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, img.width), min(y1, img.height)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return False
    lo, hi = img.crop((x0, y0, x1, y1)).getextrema()
    return hi - lo > 80


def extract(pdf):
    data = pdf.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key in CACHE:
        return CACHE[key]
    doc = pypdfium2.PdfDocument(str(pdf))
    pages = []
    with pdfplumber.open(str(pdf)) as plumb:
        for k, page in enumerate(plumb.pages):
            img = doc[k].render(scale=SCALE).to_pil().convert("L")
            cx, ctop = page.cropbox[0], page.cropbox[1]

            def pix(o, shrink=0.2, cx=cx, ctop=ctop):
                h = o["bottom"] - o["top"]
                return ((o["x0"] - cx) * SCALE, (o["top"] + shrink * h - ctop) * SCALE,
                        (o["x1"] - cx) * SCALE, (o["bottom"] - shrink * h - ctop) * SCALE)

            def keep(o, img=img, pix=pix):
                return o.get("object_type") != "char" or (o["text"].strip() and inked(img, pix(o)))

            allt = page.extract_text(x_tolerance=1)
            vis = page.filter(keep).extract_text(x_tolerance=1)
            found = {}
            for w in page.extract_words(x_tolerance=1):
                found.setdefault(w["text"].strip(".,;:()#"), []).append(inked(img, pix(w)))
            pages.append({"all": allt, "vis": vis, "ink": found, "img": img})
    doc.close()
    CACHE[key] = {"pages": pages, "pdftotext": run(["pdftotext", "-layout", str(pdf), "-"]), "data": data}
    return CACHE[key]


# ------------------------------------------------------------------ checks
def count(num, text):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-]|\.\d)", text))


def check_numbers(name, vis, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count(num, vis)
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


def stretches(folder, page_texts):
    """(id or None, text, page, match) per stretch; a stretch ends at the next start or at the page end."""
    out = []
    for k, t in enumerate(page_texts, 1):
        starts = list(START[folder].finditer(t))
        for i, m in enumerate(starts):
            text = t[m.start():starts[i + 1].start() if i + 1 < len(starts) else len(t)]
            num = None
            if m.group("rec"):
                if folder in ID_IN:
                    found = ID_IN[folder].findall(text)
                    num = found[0] if len(found) == 1 else f"?{len(found)} ids"
                else:
                    num = m.group("id")
            out.append((num, text, k, m))
    return out


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            if not in_order(tokens(val), tokens(by_id[s["case_number"]])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_hidden(name, x, e):
    """Each not_printed number: in the text layer of its page, no ink, not in the visible text."""
    problems = []
    vis_all = "\n".join(p["vis"] for p in x["pages"])
    if not e["not_printed"]:
        problems.append(f"{name}: nothing listed as not printed")
    for h in e["not_printed"]:
        pg = x["pages"][h["page"] - 1] if 1 <= h["page"] <= len(x["pages"]) else None
        if pg is None or not count(h["number"], pg["all"]):
            problems.append(f"{name}: not_printed {h['number']} is not in the text layer of page {h['page']}")
            continue
        if any(pg["ink"].get(h["number"], [])):
            problems.append(f"{name}: not_printed {h['number']} leaves ink on page {h['page']}")
        if count(h["number"], vis_all):
            problems.append(f"{name}: not_printed {h['number']} is in the visible text")
        if h["number"] in e["case_numbers"]:
            problems.append(f"{name}: not_printed {h['number']} is listed as a record")
    for num in e["case_numbers"]:
        if not any(any(p["ink"].get(num, [])) for p in x["pages"]):
            problems.append(f"{name}: listed id {num} leaves no ink")
    return problems


def covered(s, fills):
    w = len(s["text"]) * s["size"] * 0.6
    return [f for f in fills if f["i"] > s["i"] and f["rect"][0] <= s["x"] and s["x"] + min(w, 40) <= f["rect"][0]
            + f["rect"][2] and f["rect"][1] <= s["y"] and s["y"] + s["size"] * 0.7 <= f["rect"][1] + f["rect"][3]]


def check_layout(folder, name, e, x):
    """One check of each layout's trap, on the raw content streams and the text layers."""
    cat, objs, pages = streams(x["data"])
    hid = {h["number"] for h in e["not_printed"]}
    ids = set(e["case_numbers"])
    bad = False
    shows = []
    for k, (pd, content) in enumerate(pages, 1):
        sh, fills = interpret(content)
        for s in sh:
            s["page"], s["pd"], s["cover"] = k, pd, covered(s, fills)
            s["num"] = next((t for t in re.findall(r"[\w-]+", s["text"]) if t in hid or t in ids), None)
        shows += sh
    hs = [s for s in shows if s["num"] in hid]
    vs = [s for s in shows if s["num"] in ids]
    bad |= not hs or not vs
    in_tt = {h for h in hid if count(h, x["pdftotext"])}
    if folder == "tallowmere-wa-pd":
        # an OCG switched off in the default configuration holds every hidden row; poppler leaves it out
        m = re.search(rb"/OCProperties << /OCGs \[(\d+) 0 R\] /D << .*?/OFF \[(\d+) 0 R\]", cat)
        bad |= not m or m.group(1) != m.group(2) or b"/Type /OCG" not in objs.get(int(m.group(1)), b"")
        bad |= not all(s["oc"] for s in hs) or any(s["oc"] for s in vs) or bool(in_tt)
        both = sum(bool(re.match(r"(26-\d{6}) .* (26-\d{6}) ", ln)) and ln.split()[0] in ids
                   and any(count(h, ln) for h in hid) for p in x["pages"] for ln in p["all"].splitlines())
        bad |= both < 20
    if folder == "corvallen-county-ne-so":
        # legal MediaBox cropped to letter; the hidden blocks lie below the CropBox
        for s in shows:
            m = re.search(rb"/MediaBox \[0 0 612 1008\] /CropBox \[0 216 612 1008\]", s["pd"])
            bad |= not m
        bad |= not all(s["y"] < 216 for s in hs) or not all(s["y"] > 216 for s in vs) or in_tt != hid
    if folder == "wendleford-vt-pd":
        # white text: the placeholder on every page and the suppressed entries
        bad |= not all(s["gray"] == 1 for s in hs) or any(s["gray"] != 0 for s in vs) or in_tt != hid
        bad |= sorted(h["page"] for h in e["not_printed"] if h["number"] == "24-000000") != list(
            range(1, len(pages) + 1))
        bad |= len(hid) < 6
    if folder == "ostermoor-township-mi-pd":
        # clipped: hidden items below the frame's clip rectangle, visible items inside it
        def inside(s):
            c = s["clip"]
            return c is not None and c[0] <= s["x"] and c[1] <= s["y"] <= c[1] + c[3]

        bad |= not all(s["clip"] and not inside(s) for s in hs) or not all(inside(s) for s in vs) or in_tt != hid
        vn = [int(m.group("n")) for num, _, _, m in stretches(folder, [p["vis"] for p in x["pages"]]) if num]
        an = [int(m.group("n")) for num, _, _, m in stretches(folder, [p["all"] for p in x["pages"]]) if num]
        bad |= vn != list(range(1, len(ids) + 1)) or len(an) != len(vn) + len(hid) or len(set(an)) == len(an)
    if folder == "harlsby-county-ks-so":
        # covered by boxes drawn later: white ones and grey ones; no visible row under a box
        bad |= not all(s["cover"] for s in hs) or any(s["cover"] for s in vs) or in_tt != hid
        grays = {c["gray"] for s in hs for c in s["cover"]}
        bad |= 1.0 not in grays or not any(g < 1 for g in grays)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check_ocr(name, x, e):
    """tesseract on the rendered pages: no not_printed number, at least 90 % of the listed ids."""
    text = ""
    doc = pypdfium2.PdfDocument(x["data"])
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(len(doc)):
            f = Path(tmp) / f"p{k}.png"
            doc[k].render(scale=3).to_pil().convert("L").save(f)
            text += run(["tesseract", str(f), "-", "--psm", "4"]) + "\n"
    doc.close()
    return ocr_problems(name, text, e)


def ocr_problems(name, text, e):
    problems = []
    def n(s):  # OCR reads O for 0 and the other way round
        return s.upper().replace("O", "0")

    flat = n(re.sub(r"\s+", " ", text))
    for h in sorted({h["number"] for h in e["not_printed"]}):
        if n(h) in flat or n(re.sub(r"^\D+", "", h)) in flat:
            problems.append(f"{name}: OCR of the render reads not_printed {h}")
    seen = sum(n(num) in flat for num in e["case_numbers"])
    if seen < 0.9 * len(e["case_numbers"]):
        problems.append(f"{name}: OCR of the render reads only {seen} of {len(e['case_numbers'])} ids")
    print(f"  OCR: {seen}/{len(e['case_numbers'])} ids read")
    return problems


def check(folder, ocr=False):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        if folder.name not in START:
            return [f"{folder.name}: unknown agency folder"]
        data = pdf.read_bytes()
        x = extract(pdf)
        pages = len(x["pages"])
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or x["pdftotext"].count("\f") != pages:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        vis = "\n".join(p["vis"] for p in x["pages"])
        problems += check_numbers(pdf.name, vis, e)
        recs = [s for s in stretches(folder.name, [p["vis"] for p in x["pages"]]) if s[0]]
        found = [num for num, _, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(v) for v in TOTAL[folder.name].findall(vis)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_hidden(pdf.name, x, e)
        problems += check_layout(folder.name, pdf.name, e, x)
        raw = [s[0] for s in stretches(folder.name, [p["all"] for p in x["pages"]]) if s[0]]
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers, {len(e['not_printed'])} not printed (the whole text layer starts {len(raw)} records), "
              f"{len(data)} bytes")
        if ocr:
            problems += check_ocr(pdf.name, x, e)
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs180.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def check_dir(here, ocr=False):
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder, ocr)
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = check_dir(here, "--ocr" in sys.argv)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
