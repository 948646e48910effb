"""Stand-alone check of the held-out set blind_logs176 (does not import prr).

Every PDF is a typed document (text layer) with pasted screen captures (images without text). For every
PDF: sha256, bytes and pages match groundtruth.json; size < 600 KB; record_count equals len(case_numbers)
and is 40-150 with no duplicate id. The captures listed in groundtruth.json (`captures`: page, pixel
size, dpi, sha256 of the pixels, the text the generator drew into them) are tied to the PDF's images:
`pdfimages -list` gives the same images on the same pages at 96-110 dpi, and `pdfimages -png` gives the
same pixels. On the recorded capture text a layout-specific row or window pattern gives exactly the
listed ids in order, once each (after the layout's own rule for rows shown twice); every sample value is
printed, words in order, in its own record's text; related numbers are printed in their record and
no number is both an id and related; the typed text layer carries no id; plus one check of each
layout's trap. Tesseract reads a sample of captures (two per PDF, enlarged 2x) and must find at least
90 % of the ids drawn into them (skip with --no-ocr). With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere; `--only FOLDER` checks one agency folder.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
FOLDERS = ["alderwick-wa-pd", "brennock-county-mt-so", "corrigan-falls-vt-pd", "dunmore-township-pa-pd",
           "elsmere-harbor-me-pd"]
IDS = {
    "alderwick-wa-pd": re.compile(r"\b26-\d{5}\b"),
    "brennock-county-mt-so": re.compile(r"\bBC2[56]-\d{5}\b"),
    "corrigan-falls-vt-pd": re.compile(r"\bCF26-\d{6}\b"),
    "dunmore-township-pa-pd": re.compile(r"\b2026-\d{5}\b"),
    "elsmere-harbor-me-pd": re.compile(r"\bEH-26-\d{4}\b"),
}
# a record row (or window) starts with a line matching ROW; its text runs to the next ROW line, a STOP line
# or the end of the capture
ROW = {
    "alderwick-wa-pd": re.compile(r"^(?P<id>26-\d{5})  \d\d/\d\d/\d\d \d\d:\d\d  "),
    "brennock-county-mt-so": re.compile(r"^CAD 4\.1 - Incident Detail - (?P<id>BC26-\d{5})$"),
    "corrigan-falls-vt-pd": re.compile(r"^(?P<id>CF26-\d{6})  .+  Reported \d\d/\d\d/\d{4} \d\d:\d\d  (?:OPEN|CLOSED)$"),
    "dunmore-township-pa-pd": re.compile(r"^(?P<id>2026-\d{5})  \d\d/\d\d/\d{4} \d\d:\d\d  "),
    "elsmere-harbor-me-pd": re.compile(r"^(?P<id>EH-26-\d{4})  "),
}
STOP = {
    "alderwick-wa-pd": re.compile(r"^\d+ record\(s\) found  "),
    "brennock-county-mt-so": re.compile(r"(?!)"),
    "corrigan-falls-vt-pd": re.compile(r"^(?:Done  100%|Showing \d+ of \d+ calls  )"),
    "dunmore-township-pa-pd": re.compile(r"^(?:Selected incident$|Rows \d+-\d+ of \d+  )"),
    "elsmere-harbor-me-pd": re.compile(r"^Calls \d+-\d+ of \d+  "),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(pdf, pages):
    return [run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(pdf), "-"]).replace("\f", "")
            for p in range(1, pages + 1)]


def rows(folder, cap):
    """(id, text) per record row or window in one capture, in order."""
    out = []
    for ln in cap["lines"]:
        m = ROW[folder].match(ln)
        if m:
            out.append([m.group("id"), ln])
        elif STOP[folder].match(ln):
            out.append([None, ln])
        elif out:
            out[-1][1] += "\n" + ln
    return [(i, t) for i, t in out if i]


def records(folder, caps):
    """(id, text) per record in reading order, with the layout's rule for rows shown in two captures:
    Corrigan's scrolled captures repeat the previous capture's last rows (dropped when identical);
    Elsmere's left and right captures of one screen are joined row by row."""
    per = [rows(folder, c) for c in caps]
    if folder == "corrigan-falls-vt-pd":
        out = []
        for k, rs in enumerate(per):
            prev = {i: t for i, t in per[k - 1]} if k else {}
            out += [(i, t) for i, t in rs if not (i in prev and prev[i] == t)]
        return out
    if folder == "elsmere-harbor-me-pd":
        out = []
        for a, b in zip(per[0::2], per[1::2]):
            if [i for i, _ in a] != [i for i, _ in b]:
                return [("?unpaired", "")]
            out += [(i, ta + "\n" + tb) for (i, ta), (_, tb) in zip(a, b)]
        return out
    return [r for rs in per for r in rs]


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_images(pdf, e):
    """The captures in groundtruth.json are the PDF's images: same pages, sizes, dpi and pixels."""
    problems = []
    lst = [ln.split() for ln in run(["pdfimages", "-list", str(pdf)]).splitlines()[2:]]
    got = [(int(x[0]), int(x[3]), int(x[4]), int(x[12])) for x in lst]
    want = [(c["page"], c["width_px"], c["height_px"], c["dpi"]) for c in e["captures"]]
    if got != want:
        problems.append(f"{pdf.name}: images in the PDF {len(got)} do not match the captures listed {len(want)}")
        return problems
    if any(not 96 <= c["dpi"] <= 110 for c in e["captures"]):
        problems.append(f"{pdf.name}: a capture outside 96-110 dpi")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-png", str(pdf), f"{tmp}/im"], check=True)
        files = sorted(Path(tmp).glob("im-*.png"))
        for k, (f, c) in enumerate(zip(files, e["captures"])):
            with Image.open(f) as im:
                h = hashlib.sha256(im.convert("RGB").tobytes()).hexdigest()
            if h != c["pixels_sha256"]:
                problems.append(f"{pdf.name}: capture {k + 1} pixels differ from the recorded hash")
    return problems


def check_ocr(folder, pdf, e):
    """Tesseract on a sample of captures (the first and a middle one; every fifth where a capture holds one
    record), enlarged 2x: at least 90 % of their ids read."""
    caps = e["captures"]
    sample = sorted({0, len(caps) // 2}) if len(caps) < 20 else list(range(0, len(caps), 5))
    want = found = 0
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        for k in sample:
            c = caps[k]
            subprocess.run(["pdfimages", "-png", "-f", str(c["page"]), "-l", str(c["page"]), str(pdf), f"{tmp}/p{k}"],
                           check=True)
            same_page = [i for i, x in enumerate(caps) if x["page"] == c["page"]]
            f = sorted(Path(tmp).glob(f"p{k}-*.png"))[same_page.index(k)]
            with Image.open(f) as im:
                big = im.convert("L").resize((im.width * 2, im.height * 2), Image.Resampling.LANCZOS)
                big.save(f"{tmp}/big{k}.png")
            text = subprocess.run(["tesseract", f"{tmp}/big{k}.png", "-", "--psm", "6"], capture_output=True,
                                  text=True, env=env).stdout
            ids = set(IDS[folder].findall("\n".join(c["lines"])))
            want += len(ids)
            found += sum(i in text for i in ids)
    print(f"  tesseract on captures {[k + 1 for k in sample]}: {found} of {want} ids read")
    return [] if want and found >= 0.9 * want else [f"{pdf.name}: tesseract read {found} of {want} ids"]


def check_layout(folder, name, e, texts, caps):
    """One check of the trap each layout is about, on the typed page texts and the recorded capture text."""
    bad = False
    ids = e["case_numbers"]
    idset = set(ids)
    per = [rows(folder, c) for c in caps]
    alltext = "\n".join(texts)
    if folder == "alderwick-wa-pd":
        # captions name the searched case-number range; its ends are not records; one week per capture
        caps_t = re.findall(r"Screenshot (\d+) of (\d+) - search results (\d\d/\d\d)-(\d\d/\d\d), case numbers "
                            r"(26-\d{5}) to (26-\d{5})", alltext)
        bad |= [(int(k), int(n)) for k, n, *_ in caps_t] != [(k, len(caps)) for k in range(1, len(caps) + 1)]
        last = 0
        for (_, _, _, _, lo, hi), c, rs in zip(caps_t, caps, per):
            a, b = int(lo[3:]), int(hi[3:])
            nums = [int(i[3:]) for i, _ in rs]
            bad |= lo in idset or hi in idset or a <= last or not nums or not all(a < x < b for x in nums)
            bad |= len(nums) >= b - a + 1
            bad |= not any(ln == f"Case # from  {lo}  to  {hi}" or f"Case # from  {lo}  to  {hi}" in ln
                           for ln in c["lines"])
            cnt = [int(x) for ln in c["lines"] for x in re.findall(r"^(\d+) record\(s\) found", ln)]
            bad |= cnt != [len(rs)]
            last = b
        bad |= len(caps_t) != len(caps) or any(IDS[folder].findall(t) == [] for t in texts[1:])
    if folder == "brennock-county-mt-so":
        # one window per incident; the title repeats the case number; linked incidents are other records
        n = len(caps)
        rel = set()
        for k, (c, rs) in enumerate(zip(caps, per), 1):
            text = "\n".join(c["lines"])
            case = re.findall(r"^Case No:  (BC26-\d{5})  Event No:  (\d{6}-\d{4})$", text, re.M)
            bad |= len(rs) != 1 or len(case) != 1 or (rs and case and rs[0][0] != case[0][0])
            bad |= re.findall(r"Record (\d+) of (\d+)", text) != [(str(k), str(n))]
            if case:
                rel.add((case[0][0], case[0][1]))
                for ln in re.findall(r"^Linked incident:  (BC2[56]-\d{5})$", text, re.M):
                    rel.add((case[0][0], ln))
        want = {(r["record"], r["number"]) for r in e["related_numbers"]}
        bad |= rel != want
        linked = [r for r in e["related_numbers"] if r["kind"] == "linked incident"]
        inlog = [r for r in linked if r["number"] in idset and ids.index(r["number"]) < ids.index(r["record"])]
        bad |= len(inlog) < 3 or len(linked) == len(inlog)
    if folder == "corrigan-falls-vt-pd":
        # each capture but the last is cut through a call at its bottom edge, and the next one repeats calls
        for k in range(len(caps) - 1):
            a, b = [i for i, _ in per[k]], [i for i, _ in per[k + 1]]
            rep = 0
            while rep < len(b) and b[rep] in a:
                rep += 1
            bad |= rep < 1 or a[-rep:] != b[:rep]
            nxt = b[rep] if rep < len(b) else None
            bad |= nxt is None or nxt not in caps[k]["cut_text"]
            bad |= dict(per[k]).get(b[0]) != dict(per[k + 1]).get(b[0])
        bad |= bool(caps[-1]["cut_text"]) or not caps[0]["lines"][5].startswith(f"{len(ids)}  ")
        bad |= not any(f"Showing {len(ids)} of {len(ids)} calls" in ln for ln in caps[-1]["lines"])
        bad |= len(re.findall(r"Screenshot \d+ of \d+", alltext)) != len(caps)
    if folder == "dunmore-township-pa-pd":
        # the detail pane repeats the selected row of the grid
        first = 1
        for c, rs in zip(caps, per):
            text = "\n".join(c["lines"])
            sel = re.findall(r"^Case #:  (2026-\d{5})  Reported:  (\S+ \S+)  Officer:  (\d+)$", text, re.M)
            grid = dict(rs)
            bad |= len(sel) != 1 or (sel and sel[0][0] not in grid)
            if sel and sel[0][0] in grid:
                row = grid[sel[0][0]]
                det = re.search(r"^Nature:  (.+)  Location:  (.+)$", text, re.M)
                disp = re.search(r"^Disposition:  (.+)$", text, re.M)
                bad |= not det or not disp or not all(v in row for v in (sel[0][1], det.group(1), det.group(2),
                                                                           disp.group(1)))
                bad |= text.count(sel[0][0]) != 2
            status = re.findall(r"^Rows (\d+)-(\d+) of (\d+)  ", text, re.M)
            bad |= status != [(str(first), str(first + len(rs) - 1), str(len(ids)))]
            first += len(rs)
    if folder == "elsmere-harbor-me-pd":
        # each screen captured scrolled left, then scrolled right; the id column frozen; a cut column each
        heads = [next((ln for ln in c["lines"] if ln.startswith("Case #  ")), "") for c in caps]
        bad |= len(caps) % 2 == 1
        for k in range(0, len(caps) - 1, 2):
            bad |= [i for i, _ in per[k]] != [i for i, _ in per[k + 1]]
            bad |= not heads[k].startswith("Case #  Reported  Occ. From") or "Disposition" in heads[k]
            bad |= not heads[k + 1].startswith("Case #  Location  Disposition") or "Reported" in heads[k + 1]
            bad |= not caps[k]["cut_text"] or not caps[k + 1]["cut_text"]
        caps_t = re.findall(r"Screen (\d+) of (\d+), scrolled (left|right)", alltext)
        bad |= caps_t != [(str(k // 2 + 1), str(len(caps) // 2), "left" if k % 2 == 0 else "right")
                          for k in range(len(caps))]
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder, ocr=True):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = int(re.search(r"(?m)^Pages: +(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"]:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 600_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if len(set(ids)) != len(ids):
            problems.append(f"{pdf.name}: an id is listed twice")
        problems += check_images(pdf, e)
        texts = page_texts(pdf, pages)
        caps = e["captures"]
        if not texts[0].strip() or "[invented]" not in texts[0] or any(IDS[folder.name].search(t) and
                                                                       set(IDS[folder.name].findall(t)) & set(ids)
                                                                       for t in texts):
            problems.append(f"{pdf.name}: typed text layer missing, or it carries a record id")
        recs = records(folder.name, caps)
        if [i for i, _ in recs] != ids:
            problems.append(f"{pdf.name}: the capture rows give {len(recs)} ids, listed {len(ids)}"
                            + ("" if len(recs) != len(ids) else " (different ids or order)"))
        by_id = dict(recs)
        for s in e["sample_records"]:
            text = by_id.get(s["case_number"])
            if text is None:
                problems.append(f"{pdf.name}: sample {s['case_number']} has no record in the captures")
                continue
            for key, val in s.items():
                if not in_order(tokens(val), tokens(text)):
                    problems.append(f"{pdf.name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
        for r in e["related_numbers"]:
            if r["number"] in ids and r["kind"] != "linked incident" or r["number"] == r["record"]:
                problems.append(f"{pdf.name}: {r['number']} is both an id and a related number")
            if r["record"] not in by_id or r["number"] not in by_id[r["record"]]:
                problems.append(f"{pdf.name}: related number {r['number']} not printed in record {r['record']}")
        problems += check_layout(folder.name, pdf.name, e, texts, caps)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(caps)} captures, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
        if ocr:
            problems += check_ocr(folder.name, pdf, e)
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs176.py"), tmp], check=True)
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
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != FOLDERS:
        problems.append(f"agency folders {[f.name for f in folders]}, expected {FOLDERS}")
    for folder in folders:
        if only is None or folder.name == only:
            problems += check(folder, ocr="--no-ocr" not in sys.argv)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
