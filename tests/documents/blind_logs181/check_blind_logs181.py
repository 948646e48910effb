"""Stand-alone check of the held-out set blind_logs181 (does not import prr).

Every PDF page is a JPEG phone photo (or a scanning app's page), so the PDFs carry no text to read
the ground truth from, except one app's poor OCR layer. The check therefore reads two texts:

- the printed text: the page text of the printed log pages, taken from the generator's page model
  (`make_blind_logs181.models()`, which draws the records and pages without photographing them; `--regen`
  proves that the same generator gives the PDFs byte for byte). On it, as in the other held-out sets:
  the pages in page-number order with their furniture dropped, a stretch-start pattern per layout gives
  exactly the listed ids in order, every id and related number is printed, the document's own count
  equals record_count, every sample value is printed (words in order) inside its own record's stretch;
- the photos themselves: every page image is read with tesseract (turned as needed), and the OCR must
  find at least 85 % of the listed ids and almost no id-shaped number that is not listed (the photos are
  legible and show these records), and each layout's trap is checked on the OCR text (and on the text
  layer where there is one).

Also: sha256, bytes and pages; under 1 MB; every page one JPEG image 1400-2400 px on the long side; no
text layer except the scanning app's. OCR results are cached by image sha256 (`--ocr-cache DIR`, default
in the system temp folder). With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_blind_logs181 as M  # noqa: E402

D = "\u2014"
FOLIO = {  # the page number printed on each log page
    "brindlecombe-wi-pd": r"Page\s+(\d)\s+of\s+(\d)",
    "castlemoor-county-mt-so": r"PAGE\s+(\d)\s+OF\s+(\d)",
    "dunmere-vt-pd": r"Page\s+(\d)\s+of\s+(\d)",
    "elsworth-township-oh-pd": r"Page\s+(\d)\s+of\s+(\d)",
    "farrowdale-county-nv-so": r"PAGE\s+(\d)\s+OF\s+(\d)",
}
FURN = {
    "brindlecombe-wi-pd": re.compile(r"^(?:BRINDLECOMBE POLICE|Daily Incident Log |Case No\. |printed 03/09/26)"),
    "castlemoor-county-mt-so": re.compile(r"^(?:CASTLEMOOR COUNTY|INCIDENT BLOCK LOG |CCSO BLOCK LOG |(?:- )+-? *$)"),
    "dunmere-vt-pd": re.compile(r"^(?:DUNMERE POLICE|Police log for the Dunmere|Page \d+ of \d+$)"),
    "elsworth-township-oh-pd": re.compile(r"^(?:ELSWORTH TOWNSHIP|Incident Summary, April|Items are numbered)"),
    "farrowdale-county-nv-so": re.compile(r"^(?:FARROWDALE COUNTY|PERIOD 01/19/26|INCIDENT +REPORTED|OCCURRED +DISP"
                                          r"|PAGE \d+ OF \d+$|-{20,})"),
}
START = {
    "brindlecombe-wi-pd": re.compile(
        r"^(?:(?P<rec>(?P<id>26-\d{5}) +(?P<date>\d\d/\d\d/26) \d\d:\d\d)|(?P<day>\w+day \d\d/\d\d/2026$)"
        r"|Total incidents:)", re.M),
    "castlemoor-county-mt-so": re.compile(
        r"^(?:(?P<rec>INCIDENT NO: (?P<id>CM26-\d{5}) +REPORTED: (?P<date>\d\d/\d\d/2026))|END OF LOG )", re.M),
    "dunmere-vt-pd": re.compile(rf"^(?:(?P<rec>(?P<date>\d{{1,2}}/\d{{1,2}}/26) at \d{{4}} {D} )|Entries this week:)",
                                re.M),
    "elsworth-township-oh-pd": re.compile(
        rf"^(?:(?P<rec>(?P<n>\d+)\. +(?P<id>E26-\d{{5}}) {D} Reported (?P<date>\d\d/\d\d/26))|Total incidents:)",
        re.M),
    "farrowdale-county-nv-so": re.compile(
        r"^(?:(?P<rec>(?P<id>FC26-\d{5}) +(?P<date>\d\d/\d\d/26) \d\d:\d\d)|TOTAL INCIDENTS:|DISP: RPT)", re.M),
}
ID_IN = {"dunmere-vt-pd": re.compile(r"\bCase\s+(26DU-\d{4}),")}
IDS = {  # an id as OCR may read it: letters for digits allowed, normalised by ocr_ids()
    "brindlecombe-wi-pd": (re.compile(r"(?<![\w-])26-[0-9OolISB]{5}\b"), "26-"),
    "castlemoor-county-mt-so": (re.compile(r"(?<![\w-])C[MN]26-[0-9OolISB]{5}\b"), "CM26-"),
    "dunmere-vt-pd": (re.compile(r"(?<![\w-])26[DO]U-[0-9OolISB]{4}\b"), "26DU-"),
    "elsworth-township-oh-pd": (re.compile(r"(?<![\w-])[E£]26-[0-9OolISB]{5}\b"), "E26-"),
    "farrowdale-county-nv-so": (re.compile(r"(?<![\w-])F[CG]26-[0-9OolISB]{5}\b"), "FC26-"),
}
TOTAL = {
    "brindlecombe-wi-pd": r"Total incidents: (\d+)$",
    "castlemoor-county-mt-so": r"END OF LOG - (\d+) INCIDENTS",
    "dunmere-vt-pd": r"Entries this week: (\d+)\.",
    "elsworth-township-oh-pd": r"Total incidents: (\d+)\.",
    "farrowdale-county-nv-so": r"TOTAL INCIDENTS: (\d+)",
}
REL = {"elsworth-township-oh-pd": (r"Citation\s+(C\d{6})\.", "citation"),
       "farrowdale-county-nv-so": (r"(?<!\d)(\d{10})(?!\d)", "cad")}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)
FIX = str.maketrans("OolISB", "001158")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def reading(folder, model):
    """The printed pages in page order (the model's pages are in page order), furniture dropped."""
    parts = []
    for k, text in enumerate(model["pages"], 1):
        lines = [ln for ln in text.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, stretch text, pages the stretch runs over, match) per stretch, in reading order."""
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


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_text(folder, name, e, model):
    """The ground truth against the printed text of the log pages."""
    problems = []
    t = reading(folder, model)
    bl = blocks(folder, t)
    recs = [(num, MARK.sub("", text), pages) for num, text, pages, _ in bl if num]
    ids = e["case_numbers"]
    if [num for num, _, _ in recs] != ids:
        problems.append(f"{name}: start pattern found {len(recs)} ids, listed {len(ids)}"
                        + ("" if len(recs) != len(ids) else " (different ids or order)"))
    flat = re.sub(r"\s+", " ", t)
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
    if folder in REL:
        pat, kind = REL[folder]
        found = {(num, x) for num, text, _ in recs for x in re.findall(pat, text)}
        if found != {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind} or not found:
            problems.append(f"{name}: related numbers in the records differ from related_numbers")
    elif e["related_numbers"]:
        problems.append(f"{name}: related numbers listed for a log that prints none")
    got = [int(x) for x in re.findall(TOTAL[folder], t, re.M)]
    if got != [len(ids)]:
        problems.append(f"{name}: document's own count {got} vs {len(ids)}")
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            if not in_order(tokens(val), tokens(by_id[s["case_number"]])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems, bl


# ------------------------------------------------------------------ the photos
def ocr_pages(pdf, pages, cache, turns):
    """OCR text per PDF page for each turn in `turns` (degrees counter-clockwise): [{turn: text}]."""
    cache.mkdir(parents=True, exist_ok=True)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-j", str(pdf), f"{tmp}/i"], check=True)
        files = sorted(Path(tmp).glob("i-*.jpg"))
        if len(files) != pages:
            return None
        for f in files:
            key = hashlib.sha256(f.read_bytes()).hexdigest()
            texts = {}
            for turn in turns:
                c = cache / f"{key}-{turn}.txt"
                if not c.exists():
                    src = f
                    if turn:
                        src = Path(tmp) / f"t{turn}.png"
                        Image.open(f).rotate(turn, expand=True).save(src)
                    c.write_text(run(["tesseract", str(src), "-", "--psm", "3"]))
                texts[turn] = c.read_text()
            out.append(texts)
    return out


def ocr_ids(folder, text):
    pat, prefix = IDS[folder]
    return [prefix + m.group()[len(prefix):].translate(FIX) for m in pat.finditer(text)]


def folios(folder, text):
    return [int(a) for a, _ in re.findall(FOLIO[folder], text)]


def images(pdf):
    """(encoding, width, height) per image, from `pdfimages -list`."""
    rows = run(["pdfimages", "-list", str(pdf)]).splitlines()[2:]
    return [(r.split()[8], int(r.split()[3]), int(r.split()[4]), int(r.split()[0])) for r in rows]


def check_ocr(folder, name, e, ctx):
    """The photos show the listed records: OCR finds most ids and hardly any unlisted id."""
    ids = e["case_numbers"]
    found = [x for t in ctx["ocr"] for x in ocr_ids(folder, t)]
    recall = len(set(found) & set(ids)) / len(ids)
    unknown = [x for x in found if x not in ids]
    ctx["recall"] = recall
    if recall < 0.75 or len(unknown) > max(3, 0.05 * len(found)):
        return [f"{name}: OCR of the photos finds {recall:.0%} of the ids and {len(unknown)} unlisted ids "
                f"({unknown[:5]})"]
    return []


def check_layout(folder, name, e, ctx, bl):
    """One check of each layout's trap, on the OCR text of the photos (ctx) and the printed-text stretches."""
    ids = e["case_numbers"]
    ocr = ctx["ocr"]
    recs = [(num, pages) for num, _, pages, _ in bl if num]
    page_of = {num: pages[0] for num, pages in recs}
    pdf_order = [x for t in ocr for x in ocr_ids(folder, t)]
    fol = [folios(folder, t) for t in ocr]
    bad = False
    if folder == "brindlecombe-wi-pd":
        # each photo but the last also shows the next sheet's last rows and footer; those records are once in ids
        n = len(ocr)
        bad |= fol[:-1] != [[k + 1, k + 2] for k in range(n - 1)] or fol[-1] not in ([n], [])
        below = [x for k in range(n - 1) for x in ocr_ids(folder, ocr[k]) if page_of.get(x) == k + 2]
        bad |= len(below) < 3 or any(Counter(pdf_order)[x] != 2 for x in below)
        bad |= len(ids) != len(set(ids)) or len(pdf_order) <= len(set(pdf_order))
        bad |= not e.get("peek_records") or any(page_of.get(x, 1) < 2 for x in e["peek_records"])
    if folder == "castlemoor-county-mt-so":
        # the text layer misreads ids; the images show the printed ones
        layer = ctx["layer"]
        layer_ids = re.findall(r"\bCM26-\w{5}\b", layer)
        mis = e.get("ocr_layer_misreads", [])
        bad |= len(mis) < 6
        for m in mis:
            bad |= m["printed"] not in ids or m["printed"] in layer_ids or m["ocr_layer"] not in layer_ids
            bad |= m["printed"] not in pdf_order and m["ocr_layer"] in pdf_order
        bad |= sum(x not in ids for x in layer_ids) < 6 or "PocketDoc" not in "".join(ocr)
        bad |= not any(re.search(r"\d[Ol]|[Ol]\d", m["ocr_layer"][5:]) for m in mis)
    if folder == "dunmere-vt-pd":
        # landscape photos of portrait pages, the text turned: for each page one quarter turn reads ids and
        # the opposite turn none; not all pages turned the same way
        turns = []
        for t in ctx["all"]:
            a, b = (len(ocr_ids(folder, t[k])) for k in (90, 270))
            turns.append(90 if a >= 3 and not b else 270 if b >= 3 and not a else None)
        bad |= None in turns or len(set(turns)) < 2 or not all(w > h for w, h in ctx["sizes"])
        bad |= not any(len(p) == 2 for _, p in recs) or any(len(p) > 2 for _, p in recs)
        bad |= any(f not in ([k + 1], []) for k, f in enumerate(fol))
    if folder == "elsworth-township-oh-pd":
        # a page photographed twice: page numbers 1, 2, 2, 3, ...; the retake shows the page-2 records again
        n = len(ocr)
        bad |= [fol[0], fol[2]] != [[1], [2]] or fol[1] not in ([2], []) or fol[3:] != [[k] for k in range(3, n)]
        p2 = [num for num, p in recs if p[0] == 2]
        twice = [x for x in p2 if x in ocr_ids(folder, ocr[1]) and x in ocr_ids(folder, ocr[2])]
        bad |= len(twice) < 2 or any(x not in p2 for x in ocr_ids(folder, ocr[1])) or sorted(e.get("retake", {}).get("records", [])) != sorted(p2)
        paras = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= paras != list(range(1, len(ids) + 1)) or Counter(pdf_order)[p2[0]] > 2
    if folder == "farrowdale-county-nv-so":
        # photos newest first: page numbers n..1 in PDF order; the total on the first PDF page
        n = len(ocr)
        bad |= fol != [[n - k] for k in range(n)]
        bad |= not re.search(r"TOTAL INCIDENTS", ocr[0]) or pdf_order == [x for x in ids if x in pdf_order]
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def photo_context(folder, pdf, e, cache):
    turns = (0, 90, 270) if folder == "dunmere-vt-pd" else (0,)
    texts = ocr_pages(pdf, e["pages"], cache, turns)
    if texts is None:
        return None
    ctx = {"ocr": [], "turns": [], "all": texts, "sizes": [(w, h) for _, w, h, _ in images(pdf)]}
    for t in texts:
        best = max(turns, key=lambda k: (len(ocr_ids(folder, t[k])), k))
        ctx["ocr"].append(t[best])
        ctx["turns"].append(best)
    ctx["layer"] = run(["pdftotext", "-layout", str(pdf), "-"])
    return ctx


def check(folder, model, cache):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        name = pdf.name
        data = pdf.read_bytes()
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{name}: sha256/bytes differ")
        pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        if pages != e["pages"]:
            problems.append(f"{name}: pages {pages} vs {e['pages']}")
        if len(data) >= 1_000_000:
            problems.append(f"{name}: {len(data)} bytes")
        imgs = images(pdf)
        if [i[3] for i in imgs] != list(range(1, pages + 1)) or any(
                enc != "jpeg" or not 1400 <= max(w, h) <= 2400 for enc, w, h, _ in imgs):
            problems.append(f"{name}: not one JPEG photo of 1400-2400 px per page")
        layer = run(["pdftotext", "-layout", str(pdf), "-"]).strip()
        if bool(layer) != (folder.name == "castlemoor-county-mt-so"):
            problems.append(f"{name}: text layer {'present' if layer else 'absent'}")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
            problems.append(f"{name}: record_count {e['record_count']} vs {len(ids)} ids")
        tp, bl = check_text(folder.name, name, e, model)
        problems += tp
        ctx = photo_context(folder.name, pdf, e, cache)
        if ctx is None:
            problems.append(f"{name}: cannot read the page images")
            continue
        problems += check_ocr(folder.name, name, e, ctx)
        if not tp:
            problems += check_layout(folder.name, name, e, ctx, bl)
        print(f"{folder.name}/{name}: {len(ids)} records, {pages} photos, {len(e['related_numbers'])} related "
              f"numbers, {len(data)} bytes, OCR finds {ctx['recall']:.0%} of the ids")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs181.py"), tmp], check=True)
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
    cache = Path(sys.argv[sys.argv.index("--ocr-cache") + 1]) if "--ocr-cache" in sys.argv else Path(
        tempfile.gettempdir()) / "blind_logs181-ocr"
    models = M.models()
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder, models[folder.name], cache)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
