"""Stand-alone check of the held-out set blind_logs179 (does not import prr).

The PDFs look like ordinary logs, but their text layer does not say what is printed. Ground truth is
what is printed, so the check reads every page twice: as printed (each page rendered with pypdfium2 at
300 dpi and read with tesseract, `--psm 6`; the OCR text is cached under the system temp folder by the
PDF's sha256) and as the text layer gives it (`pdftotext -layout`). For every PDF: sha256, bytes and
pages match groundtruth.json; record_count equals len(case_numbers), 40-150, no duplicate id; every id and
related number is in the OCR text at least as often as listed, and no number is both; on the OCR text,
page furniture dropped, a layout-specific stretch-start pattern gives exactly the listed ids in order;
the document's own count equals record_count; every sample value is printed, words in order, inside its
own record's stretch; where the fault is a known code mapping (digit permutation, glyph ids, the id
font's letters) the text layer decoded with it gives the same ids in the same order and the same sample
values; size < 200 KB; plus one check of each layout's trap (the text layer is broken in exactly the
documented way). With --regen, regenerating must give identical files. `--dir DIR` checks a copy.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERM = dict(zip("0123456789", "8470915263"))  # Alderbrook: printed digit -> digit in the text layer
UNPERM = str.maketrans({v: k for k, v in PERM.items()})

FURN = {
    "alderbrook-wa-pd": re.compile(
        r"^ *(?:ALDERBROOK POLICE DEPARTMENT|Daily Incident Log +\d|Case No\. +Reported|RMS report CL-17|"
        r"Page \d+ of \d+ *$)"),
    "corvell-county-mt-so": re.compile(
        r"^ *(?:CORVELL COUNTY SHERIFF|Incident Activity Report +- +\d|Corvell County SO +- +Incident|"
        r"Page \d+ of \d+ *$)"),
    "dunmere-vt-pd": re.compile(
        r"^ *(?:DUNMERE POLICE DEPARTMENT|Weekly Police Log, March|Records: 555-0139|Dunmere PD \[invented\]|"
        r"Page \d+ of \d+ *$)"),
    "eskerby-mi-pd": re.compile(
        r"^ *(?:ESKERBY POLICE DEPARTMENT|Incident Summary, April|Items are numbered in order|Page \d+ of \d+ *$)"),
    "fallowmere-county-nv-so": re.compile(
        r"^ *(?:FALLOWMERE COUNTY SHERIFF|Dispatch Incident Report +\d|Incident +Reported +Nature|"
        r"Occurred +Unit +Disp|CAD/RMS export DIR-2|Page \d+ of \d+ *$)"),
}
START = {
    "alderbrook-wa-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{6}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d)|Total incidents:)", re.M),
    "corvell-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>Incident No: +(?P<id>CC26-\d{5}) +Received: +(?P<date>\d\d/\d\d/\d{4}) )"
        r"|Incidents listed:)", re.M),
    "dunmere-vt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>\d{1,2}/\d{1,2}/26) \d{4} hrs [-\u2014\u2013~] )|Entries in this log:)", re.M),
    "eskerby-mi-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)[.,] +(?P<id>2026-\d{6}) +Reported (?P<date>\d\d/\d\d/\d{4}) )|Total items:)", re.M),
    "fallowmere-county-nv-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{6}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d)|TOTAL INCIDENTS:|DISP: RPT)", re.M),
}
ID_IN = {"dunmere-vt-pd": re.compile(r"\bCase\s+(26-\d{4});")}
TOTAL = {
    "alderbrook-wa-pd": re.compile(r"Total incidents: (\d+)"),
    "corvell-county-mt-so": re.compile(r"Incidents listed: (\d+)"),
    "dunmere-vt-pd": re.compile(r"Entries in this log: (\d+)\."),
    "eskerby-mi-pd": re.compile(r"Total items: (\d+)\."),
    "fallowmere-county-nv-so": re.compile(r"TOTAL INCIDENTS: (\d+)"),
}
LETTER_ID = re.compile(r"\b([A-J]{2})-([A-J]{6})\b")  # Fallowmere: an id as its font's codes give it


def decode(folder, raw):
    """The text layer read with the known fault undone, or None where no code mapping can undo it."""
    if folder == "alderbrook-wa-pd":
        return raw.translate(UNPERM)
    if folder == "corvell-county-mt-so":  # glyph ids of Bitstream Vera: character = gid + 29
        return "".join(c if c in " \n\f" else chr(ord(c) + 29) for c in raw)
    if folder == "fallowmere-county-nv-so":
        return LETTER_ID.sub(lambda m: "".join(str(ord(c) - 65) if c != "-" else c for c in m.group()), raw)
    return None


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def ocr(pdf, data):
    """Tesseract text of every page rendered with pypdfium2 at 300 dpi, pages joined by form feeds."""
    import pypdfium2 as pdfium

    version = run(["tesseract", "--version"]).splitlines()[0]
    key = hashlib.sha256(data + version.encode()).hexdigest()
    cache = Path(tempfile.gettempdir()) / "blind_logs179-ocr" / f"{key}.txt"
    if cache.exists():
        return cache.read_text()
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(len(doc)):
            png = Path(tmp) / f"p{i}.png"
            doc[i].render(scale=300 / 72, grayscale=True).to_pil().save(png)
            out.append(subprocess.run(["tesseract", str(png), "-", "--psm", "6"], capture_output=True, text=True,
                                      check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout)
    doc.close()
    text = "\f".join(out)
    cache.parent.mkdir(exist_ok=True)
    cache.write_text(text)
    return text


def furnish(folder, t):
    return "\n".join(ln for ln in t.splitlines() if not FURN[folder].match(ln))


def blocks(folder, t):
    """(id or None, text stretch, match) per stretch, in reading order (page furniture dropped)."""
    t = furnish(folder, t.replace("\f", "\n"))
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        text = t[m.start():starts[i + 1].start() if i + 1 < len(starts) else len(t)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m))
    return out


def records(folder, t):
    return [(num, text) for num, text, _ in blocks(folder, t) if num]


def count(num, t):
    return len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", re.sub(r"\s+", " ", t)))


def check_numbers(name, t, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want, have = ids.count(num) + related.count(num), count(num, t)
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
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    # OCR of Bitstream Vera cannot tell capital I from small l; compare without that difference
    return tok.strip('".,;:()#').lower().replace("l", "i")


def in_order(words, toks):
    it = iter(toks)
    return all(any(norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e, what):
    problems = []
    by_id = dict(recs)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the {what}")
            continue
        for key, val in s.items():
            if not in_order(tokens(val), tokens(by_id[s["case_number"]])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not in its record ({what})")
    return problems


def fonts_of(pdf):
    """pdffonts rows as (type, encoding, emb, uni) and the number of images pdfimages lists."""
    rows = run(["pdffonts", str(pdf)]).splitlines()[2:]
    fonts = []
    for row in rows:
        m = re.search(r"\s(Type 3|CID TrueType|TrueType|Type 1C?|CID Type 0C?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+"
                      r"(yes|no)\s+\d+\s+\d+\s*$", row)
        fonts.append((m.group(1), m.group(2), m.group(3), m.group(5)) if m else ("?", row, "", ""))
    images = len(run(["pdfimages", "-list", str(pdf)]).splitlines()[2:])
    return fonts, images


def check_layout(folder, name, e, raw, seen, fonts, images):
    """One check of each layout's trap: the text layer is broken in exactly the documented way, while the
    page (OCR text `seen`) shows the listed ids."""
    ids = e["case_numbers"]
    bad = [num for num, _ in records(folder, seen)] != ids or images != 0
    flat = re.sub(r"\s+", " ", raw)
    in_layer = [num for num in ids if count(num, raw)]
    if folder == "alderbrook-wa-pd":
        # a ToUnicode map on every font, right for letters, wrong for every digit
        bad |= not fonts or any(f != ("TrueType", "WinAnsi", "yes", "yes") for f in fonts)
        bad |= [m for m in re.findall(r"(?m)^ *(\d\d-\d{6}) ", raw)] != [x.translate(str.maketrans(PERM)) for x in ids]
        bad |= bool(in_layer) or "ALDERBROOK POLICE DEPARTMENT" not in raw or "Incident Type" not in raw
        bad |= f"Total incidents: {str(len(ids)).translate(str.maketrans(PERM))}" not in flat
    if folder == "corvell-county-mt-so":
        # CID fonts, Identity-H, no ToUnicode: glyph ids instead of characters
        bad |= not fonts or any(f != ("CID TrueType", "Identity-H", "yes", "no") for f in fonts)
        bad |= bool(in_layer) or bool(re.search(r"\d\d/\d\d/\d{4}", raw)) or "Incident" in raw
        bad |= not re.search("[\x13-\x1c]", raw) or ",QFLGHQW" not in raw
    if folder == "dunmere-vt-pd":
        # outlines: no text, no fonts, no images
        bad |= bool(raw.replace("\f", "").strip()) or bool(fonts)
    if folder == "eskerby-mi-pd":
        # Type3 fonts without ToUnicode, codes in order of first use: no word and no digit of the log
        bad |= not fonts or any(f[0] != "Type 3" or f[3] != "no" for f in fonts)
        bad |= bool(in_layer) or bool(re.search(r"\d\d/\d\d/\d{4}|Reported|Disposition|ESKERBY", raw))
        bad |= not raw.replace("\f", "").strip() or not raw.lstrip().startswith("\x01\x02\x03")
        items = [int(m.group("n")) for num, _, m in blocks(folder, seen) if num]
        bad |= items != list(range(1, len(ids) + 1))
    if folder == "fallowmere-county-nv-so":
        # only the id column's font is broken: ids as letters A-J, everything else (CAD numbers) as printed
        kinds = sorted(fonts)
        bad |= len(kinds) != 3 or sum(f == ("TrueType", "WinAnsi", "yes", "no") for f in kinds) != 3
        letters = ["".join(chr(65 + int(c)) if c.isdigit() else c for c in x) for x in ids]
        bad |= LETTER_ID.findall(raw) != [tuple(x.split("-")) for x in letters] or bool(in_layer)
        cads = re.findall(r"\b\d{10}\b", raw)
        bad |= cads != [r["number"] for r in e["related_numbers"] if r["kind"] == "cad"] or len(cads) != len(ids)
        bad |= f"TOTAL INCIDENTS: {len(ids)}" not in flat or "Burglary" not in raw
        by_id = dict(records(folder, seen))
        bad |= any(re.findall(r"\b\d{10}\b", by_id.get(r["record"], "")) != [r["number"]]
                   for r in e["related_numbers"])
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        raw = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = raw.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        seen = ocr(pdf, data)
        if seen.count("\f") + 1 != pages:
            problems.append(f"{pdf.name}: OCR read {seen.count(chr(12)) + 1} pages")
        problems += check_numbers(pdf.name, seen, e)
        recs = records(folder.name, seen)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids on the rendered pages, listed "
                            f"{len(ids)}" + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(seen)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e, "rendered pages")
        dec = decode(folder.name, raw)
        if dec is not None:
            drecs = records(folder.name, dec)
            if [num for num, _ in drecs] != ids:
                problems.append(f"{pdf.name}: the decoded text layer gives other ids")
            problems += check_samples(pdf.name, drecs, e, "decoded text layer")
        fonts, images = fonts_of(pdf)
        problems += check_layout(folder.name, pdf.name, e, raw, seen, fonts, images)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers, {len(data)} bytes, {len(fonts)} fonts, {len(raw.replace(chr(12), '').strip())} characters "
              "in the text layer")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs179.py"), tmp], check=True)
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
