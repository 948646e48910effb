"""Stand-alone check of blind_logs95 (does not import prr).

For every agency folder: sha256, bytes and pages of each PDF; 40-150 records and no duplicate
id; every id and related number printed in `pdftotext -layout` text at least as often as
listed; no number both id and related; a layout-specific record-start pattern gives exactly the
listed ids in order; printed totals agree; every sample value is printed inside its own
record's stretch; one check per layout trap. `--regen` regenerates the set into a temporary
folder and requires identical bytes.
Run: python tests/documents/blind_logs95/check_blind_logs95.py [--regen]
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["ashgrove-ridge-or-pd", "bellmoor-county-mn-so", "corrin-falls-university-dps",
           "dunmore-heights-nj-pd", "elmstead-village-wi-pd"]
SAMPLE_KEYS = ["case_number", "reported_at", "type", "location", "disposition"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def lines_starting(text, pattern):
    return [(m.group(1), m) for m in re.finditer(r"(?m)^" + pattern, text.replace("\f", "\n"))]


def line_of(text, rid, pattern):
    for m in re.finditer(r"(?m)^" + pattern + r".*$", text.replace("\f", "\n")):
        if m.group(1) == rid:
            return m.group(0)
    return None


def samples_in(e, stretch_of, errs):
    for s in e["sample_records"]:
        st = stretch_of(s["case_number"])
        if st is None:
            errs.append("sample {}: no stretch".format(s["case_number"]))
            continue
        st = norm(st)
        for k in SAMPLE_KEYS:
            if k in s and norm(s[k]) not in st:
                errs.append("sample {}: {} {!r} not in its stretch".format(s["case_number"], k, s[k]))


# ---------------------------------------------------------------------------------------------
def check_ashgrove(e, text):
    errs = []
    pat = r"(AR25-\d{5})\s"
    ids = [i for i, _ in lines_starting(text, pat)]
    if ids != e["case_numbers"]:
        errs.append("ashgrove: record-start lines give {:d} ids, not the listed {:d} in order".format(len(ids), len(e["case_numbers"])))
    m = re.search(r"(?m)^Total calls\s+(\d+)\s*$", text)
    if not m or int(m.group(1)) != e["record_count"]:
        errs.append("ashgrove: 'Total calls' missing or != record_count")
    m = re.search(r"(?m)^Arrests\s+(\d+)\s*$", text)
    n_arrest = len(re.findall(r"(?m)^AR25-\d{5}\s.*\sARREST\s", text))
    if not m or int(m.group(1)) != e["arrests"] or n_arrest != e["arrests"]:
        errs.append("ashgrove: 'Arrests' total does not agree with the ARREST rows")
    # trap: ######## in the Reported cell, exactly on the listed records
    hashed = [i for i, mm in lines_starting(text, r"(AR25-\d{5})\s+########\s")]
    if hashed != e["hashed_records"]:
        errs.append("ashgrove: ######## rows {:d} differ from hashed_records {:d}".format(len(hashed), len(e["hashed_records"])))
    for s in e["sample_records"]:
        if s["case_number"] in e["hashed_records"]:
            errs.append("ashgrove: sample {} has a hashed date".format(s["case_number"]))
    samples_in(e, lambda rid: line_of(text, rid, pat), errs)
    return errs


def check_bellmoor(e, text):
    errs = []
    pat = r"(BC25-\d{5})\s"
    ids = [i for i, _ in lines_starting(text, pat)]
    if ids != e["case_numbers"]:
        errs.append("bellmoor: record-start lines give {:d} ids, not the listed {:d} in order".format(len(ids), len(e["case_numbers"])))
    # trap: several tabs; records counted per tab between tab titles; Summary and Lists tabs hold none
    text = text.replace("\f", "\n")
    tabs = list(e["tab_counts"])
    marks = [text.find("Dispatch log " + t) for t in tabs] + [text.find("\nSummary\n"), text.find("\nLists\n")]
    if -1 in marks or marks != sorted(marks):
        errs.append("bellmoor: tab titles missing or out of order")
    else:
        for k, t in enumerate(tabs):
            n = len(re.findall(r"(?m)^" + pat, text[marks[k]:marks[k + 1]]))
            if n != e["tab_counts"][t]:
                errs.append("bellmoor: tab {} has {:d} rows, listed {:d}".format(t, n, e["tab_counts"][t]))
        if re.search(r"BC25-\d{5}", text[marks[-2]:]):
            errs.append("bellmoor: an id inside the Summary or Lists tab")
        summ = text[marks[-2]:marks[-1]]
        rows = re.findall(r"(?m)^(?!Grand Total)([A-Z][A-Za-z /]+?)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", summ)
        gt = re.search(r"(?m)^Grand Total\s+(\d+)\s+(\d+)\s+(\d+)\s*$", summ)
        if not gt:
            errs.append("bellmoor: no Grand Total row")
        else:
            g = [int(x) for x in gt.groups()]
            sums = [sum(int(r[j]) for r in rows) for j in (1, 2, 3)]
            want = [e["tab_counts"][tabs[0]], e["tab_counts"][tabs[1]], e["record_count"]]
            if g != want or sums != want:
                errs.append(f"bellmoor: Summary totals {g} / column sums {sums} != {want}")
    samples_in(e, lambda rid: line_of(text, rid, pat), errs)
    return errs


def check_corrin(e, text):
    errs = []
    pages = text.split("\f")
    left = "\f".join(p for p in pages if "Date Reported" in p)
    right = "\f".join(p for p in pages if "General Location" in p)
    pat = r"(CFU-25-\d{4})\s"
    li = [i for i, _ in lines_starting(left, pat)]
    ri = [i for i, _ in lines_starting(right, pat)]
    if li != e["case_numbers"]:
        errs.append("corrin: left-part record lines give {:d} ids, not the listed {:d} in order".format(len(li), len(e["case_numbers"])))
    # trap: down then across with column A repeated: all left pages first, every id again on the right
    if ri != e["case_numbers"]:
        errs.append("corrin: right-part record lines do not repeat the ids in order")
    order = ["L" if "Date Reported" in p else "R" if "General Location" in p else "-" for p in pages if p.strip()]
    if "".join(order).rstrip("-") != "L" * order.count("L") + "R" * order.count("R"):
        errs.append("corrin: left-part pages are not all before right-part pages")
    # trap: comments page keyed by cell address (row = position + 1)
    cpage = text[text.find("\nComments\n"):] if "\nComments\n" in text else ""
    if not cpage:
        errs.append("corrin: no Comments page")
    found = re.findall(r"(?m)^([A-Z])(\d+):\s+(.+?)\s*$", cpage)
    if len(found) != len(e["comments"]):
        errs.append("corrin: {:d} comments printed, {:d} listed".format(len(found), len(e["comments"])))
    for (col, row, tx), c in zip(found, e["comments"]):
        if col + row != c["cell"] or tx != c["text"] or e["case_numbers"][int(row) - 2] != c["record"]:
            errs.append(f"corrin: comment {col}{row} does not match its record")
    samples_in(e, lambda rid: (line_of(left, rid, pat) or "") + " " + (line_of(right, rid, pat) or ""), errs)
    return errs


def columns_of_page(page):
    """Dunmore: split a page into incident columns by the x-offsets of the ids on 'Incident #'."""
    lines = page.splitlines()
    inc = [ln for ln in lines if ln.startswith("Incident #")]
    if not inc:
        return {}
    starts = [(m.start(), m.group(0)) for m in re.finditer(r"DH-2025-\d{4}", inc[0])]
    cols = {rid: [] for _, rid in starts}
    for ln in lines:
        for k, (x, rid) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else None
            cell = ln[x:end] if end else ln[x:]
            if cell.strip():
                cols[rid].append(cell.strip())
    return cols


def check_dunmore(e, text):
    errs = []
    ids = []
    for m in re.finditer(r"(?m)^Incident #(.*)$", text):
        ids += re.findall(r"DH-2025-\d{4}", m.group(1))
    if ids != e["case_numbers"]:
        errs.append("dunmore: 'Incident #' lines give {:d} ids, not the listed {:d} in order".format(len(ids), len(e["case_numbers"])))
    m = re.search(r"Incidents on sheet: (\d+)", text)
    if not m or int(m.group(1)) != e["record_count"]:
        errs.append("dunmore: 'Incidents on sheet' missing or != record_count")
    # trap: Seq 1..N runs across the pages (not ids), one Seq value per incident column
    seq = []
    for m in re.finditer(r"(?m)^Seq(.*)$", text):
        seq += [int(x) for x in m.group(1).split()]
    if seq != list(range(1, e["record_count"] + 1)):
        errs.append("dunmore: Seq row is not 1..N")
    cells = {}
    for page in text.split("\f"):
        cells.update(columns_of_page(page))
    cols = {rid: " ".join(v) for rid, v in cells.items()}
    # trap: values too long for the narrow cells wrap: each listed wrapped Nature is whole only
    # once its column is joined, never in one line of its cell
    for w in e["wrapped_records"]:
        if norm(w["nature"]) not in norm(cols.get(w["record"], "")):
            errs.append("dunmore: wrapped Nature of {} not in its column".format(w["record"]))
        if any(norm(w["nature"]) in norm(x) for x in cells.get(w["record"], [])):
            errs.append("dunmore: wrapped Nature of {} printed on one line".format(w["record"]))
    if not e["wrapped_records"]:
        errs.append("dunmore: no wrapped values listed")
    samples_in(e, lambda rid: cols.get(rid), errs)
    return errs


def check_elmstead(e, text):
    errs = []
    pat = r"\d{4}\s+Rpt (E25-\d{4})\s"
    ids = [i for i, _ in lines_starting(text, pat)]
    if ids != e["case_numbers"]:
        errs.append("elmstead: record-start lines give {:d} ids, not the listed {:d} in order".format(len(ids), len(e["case_numbers"])))
    pages = text.split("\f")
    # trap: each entry cut at the page edge; its rest is on the next (right-hand) page, with no id
    where = {}
    for n, p in enumerate(pages):
        for rid, _ in lines_starting(p, pat):
            where[rid] = n
    stretch = {}
    for c in e["cuts"]:
        n = where.get(c["record"])
        if n is None:
            errs.append("elmstead: {} not found".format(c["record"]))
            continue
        ln = line_of(pages[n], c["record"], pat) or ""
        if norm(c["left"]) not in norm(ln):
            errs.append("elmstead: left part of {} not on its line".format(c["record"]))
        rp = pages[n + 1] if n + 1 < len(pages) else ""
        if re.search(r"E25-\d{4}", rp):
            errs.append("elmstead: an id on a right-hand page")
        if norm(c["right"]) not in [norm(x) for x in rp.splitlines()]:
            errs.append("elmstead: right part of {} not a line of the facing page".format(c["record"]))
        day = re.findall(r"(?m)^Day of (\d\d/\d\d/\d{4})", pages[n][:pages[n].find(ln)])
        day = day[-1] if day else "?"
        if not day or day == "?":
            prev = re.findall(r"(?m)^Day of (\d\d/\d\d/\d{4})", "\f".join(pages[:n]))
            day = prev[-1] if prev else "?"
        stretch[c["record"]] = "{} {} {}".format(day, ln[:4], c["left"] + c["right"])
    if [c["record"] for c in e["cuts"]] != e["case_numbers"]:
        errs.append("elmstead: cuts do not follow case_numbers")
    samples_in(e, lambda rid: stretch.get(rid), errs)
    return errs


LAYOUT = {"ashgrove-ridge-or-pd": check_ashgrove, "bellmoor-county-mn-so": check_bellmoor,
          "corrin-falls-university-dps": check_corrin, "dunmore-heights-nj-pd": check_dunmore,
          "elmstead-village-wi-pd": check_elmstead}


def check_entry(folder, e, text, path):
    errs = []
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        errs.append("{}: sha256".format(e["file"]))
    if len(data) != e["bytes"]:
        errs.append("{}: bytes".format(e["file"]))
    if len(data) >= 200_000:
        errs.append("{}: 200 KB or more".format(e["file"]))
    if pdfpages(path) != e["pages"]:
        errs.append("{}: pages".format(e["file"]))
    ids = e["case_numbers"]
    if not 40 <= len(ids) <= 150 or len(ids) != e["record_count"]:
        errs.append("{}: record count {:d} / {:d}".format(e["file"], len(ids), e["record_count"]))
    if len(set(ids)) != len(ids):
        errs.append("{}: duplicate id".format(e["file"]))
    for k in ("source_repo", "commit", "path", "git_blob"):
        if e.get(k) != "generated":
            errs.append("{}: {} is not 'generated'".format(e["file"], k))
    if "[invented]" not in e["agency"]:
        errs.append("{}: agency not marked [invented]".format(e["file"]))
    need = {}
    for i in ids:
        need[i] = need.get(i, 0) + 1
    rel = [r["number"] for r in e.get("related_numbers", [])]
    for r in e.get("related_numbers", []):
        need[r["number"]] = need.get(r["number"], 0) + 1
        if r["record"] not in ids:
            errs.append("{}: related number on unknown record {}".format(e["file"], r["record"]))
    for num, n in need.items():
        if text.count(num) < n:
            errs.append("{}: {} printed {:d} times, listed {:d}".format(e["file"], num, text.count(num), n))
    both = set(ids) & set(rel)
    if both:
        errs.append("{}: both id and related: {}".format(e["file"], sorted(both)))
    if len(e["sample_records"]) != 3:
        errs.append("{}: not three samples".format(e["file"]))
    for s in e["sample_records"]:
        if s["case_number"] not in ids:
            errs.append("{}: sample {} not a listed id".format(e["file"], s["case_number"]))
    errs += ["{}: {}".format(e["file"], x) for x in LAYOUT[folder](e, text)]
    return errs


def check_all(root):
    root = Path(root)
    errs = []
    for folder in FOLDERS:
        d = root / folder
        if not (d / "groundtruth.json").exists():
            errs.append(f"{folder}: missing")
            continue
        for e in json.loads((d / "groundtruth.json").read_text()):
            p = d / e["file"]
            if not p.exists():
                errs.append("{}: missing PDF".format(e["file"]))
                continue
            errs += check_entry(folder, e, pdftext(p), p)
    return errs


def regen_errors(root):
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs95.py"), tmp], check=True)
        for folder in FOLDERS:
            for f in sorted((Path(root) / folder).iterdir()):
                g = Path(tmp) / folder / f.name
                if not g.exists() or g.read_bytes() != f.read_bytes():
                    errs.append(f"regen: {folder}/{f.name} differs")
    return errs


def main(argv):
    errs = check_all(HERE)
    if "--regen" in argv:
        errs += regen_errors(HERE)
    for x in errs:
        print("FAIL", x)
    n = sum(len(json.loads((HERE / f / "groundtruth.json").read_text())) for f in FOLDERS
            if (HERE / f / "groundtruth.json").exists())
    print("{}: {:d} PDFs checked, {:d} problems".format("OK" if not errs else "FAILED", n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
