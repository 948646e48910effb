"""Stand-alone check of the held-out set blind_logs185 (does not import prr).

Every PDF is a container whose log is (also) in attached files. For every PDF: sha256, bytes and pages
match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id; the
attached files are listed with pypdfium2 (the /EmbeddedFiles name tree through FPDFDoc_GetAttachment,
FileAttachment annotations through FPDFAnnot_GetFileAttachment), their bytes read back and compared with
the `attachments` of groundtruth.json; attached PDFs are read with `pdftotext -layout`, CSV and text files
as UTF-8. Every id and related number is printed in the package (container pages and attached files) at
least as often as listed, and no number is both. On the log's text (page furniture dropped) a
layout-specific stretch-start pattern (which also marks the closing lines) gives exactly the listed ids
in order (for the CSV export: Python's csv reader gives the rows); the document's own count equals
record_count; every sample value is printed inside its own record's stretch, its words in order; size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere.
"""

import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

HERE = Path(__file__).resolve().parent
D = "\u2014"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

FURN = {
    "brindlecombe-ca-pd": re.compile(
        r"^ *(?:BRINDLECOMBE POLICE DEPARTMENT \[invented\] *$|Incident Log +03/09/2026 - 03/22/2026 "
        r"|Incident No\. +Reported +Occurred|Public incident log - released|Page \d+ of \d+ *$)"),
    "ostwick-county-mt-so": re.compile(
        rf"^ *(?:OSTWICK COUNTY SHERIFF'S OFFICE \[invented\] *$|Incident Log {D} week of "
        r"|Ostwick County S\.O\. weekly log|Page \d+ of \d+ *$)"),
    "tallowmere-wa-pd": None,
    "hesketh-township-mi-pd": re.compile(
        r"^ *(?:HESKETH TOWNSHIP POLICE DEPARTMENT \[invented\] *$|Incident Log +\u00b7 +April 1 - 30, 2026 "
        r"|Items are numbered in order of report)"),
    "dunsfold-vt-pd": re.compile(
        r"^ *(?:DUNSFOLD POLICE DEPARTMENT \[invented\] *$|Police Log, March 16 - 22, 2026 +\u00b7 "
        r"|Page \d+ of \d+ *$)"),
}
START = {
    "brindlecombe-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>B26-\d{5}) +\d\d/\d\d/\d{4} \d\d:\d\d )|Total incidents:)", re.M),
    "ostwick-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>Incident: +(?P<id>OC26-\d{5}) +Reported: )|Incidents this week:)", re.M),
    "tallowmere-wa-pd": None,
    "hesketh-township-mi-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>HT26-\d{4}) +Reported )|End of log\.)", re.M),
    "dunsfold-vt-pd": re.compile(
        rf"^ *(?:(?P<rec>(?:{DAYS}), March \d+, \d{{4}} hrs\. Officers )|Calls listed this week:)", re.M),
}
ID_IN = {"dunsfold-vt-pd": re.compile(r"\bReport\s+(26-\d{4}),")}
IDS = {
    "brindlecombe-ca-pd": re.compile(r"\bB26-\d{5}\b"),
    "ostwick-county-mt-so": re.compile(r"\bOC26-\d{5}\b"),
    "tallowmere-wa-pd": re.compile(r"\bTM26-\d{5}\b"),
    "hesketh-township-mi-pd": re.compile(r"\bHT26-\d{4}\b"),
    "dunsfold-vt-pd": re.compile(r"\b26-\d{4}\b"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args, data=None):
    return subprocess.run(args, capture_output=True, check=True, input=data).stdout.decode()


def pdf_text(data):
    """`pdftotext -layout` of PDF bytes; other files decoded as UTF-8 (a byte order mark dropped)."""
    if not data.startswith(b"%PDF"):
        return data.decode("utf-8-sig")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return run(["pdftotext", "-layout", f.name, "-"])


def package(pdf):
    """The container's page text and every attached file, read with pypdfium2."""
    raw = pdf.read_bytes()
    doc = pdfium.PdfDocument(str(pdf))
    tree, annots = [], []
    for i in range(doc.count_attachments()):
        a = doc.get_attachment(i)
        tree.append({"name": a.get_name(), "data": bytes(a.get_data())})
    for p in range(len(doc)):
        page = doc[p]
        for j in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
            h = pdfium_c.FPDFPage_GetAnnot(page.raw, j)
            if pdfium_c.FPDFAnnot_GetSubtype(h) == pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
                a = pdfium.PdfAttachment(pdfium_c.FPDFAnnot_GetFileAttachment(h), doc)
                annots.append({"name": a.get_name(), "data": bytes(a.get_data()), "page": p})
            pdfium_c.FPDFPage_CloseAnnot(h)
    pages = len(doc)
    doc.close()
    for f in tree + annots:
        f["text"] = pdf_text(f["data"])
    coll = re.search(rb"/Collection\s*<<[^>]*?/D\s*\(([^)]*)\)", raw)
    return {"cover": run(["pdftotext", "-layout", str(pdf), "-"]), "pages": pages, "tree": tree, "annots": annots,
            "collection": bool(re.search(rb"/Collection\s*<<", raw)), "default": coll.group(1).decode() if coll else None}


def clean(folder, text):
    """A log's text with its page furniture dropped, each page after a `@@ page k @@` marker."""
    parts = []
    for k, page in enumerate(text.split("\f")[:-1] if "\f" in text else [text], 1):
        lines = [ln for ln in page.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, text):
    """(id or None, stretch text, match) per stretch of a log text, in reading order."""
    t = clean(folder, text)
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        stretch = MARK.sub("", TAIL.sub("", t[m.start():end]))
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(stretch)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, stretch, m))
    return out


def recs_of(folder, text):
    return [(num, s) for num, s, _ in blocks(folder, text) if num]


def csv_rows(data_text):
    return list(csv.reader(io.StringIO(data_text, newline="")))


def week_key(f):
    return re.search(r"(\d{4}-\d\d-\d\d)\.pdf$", f["name"]).group(1)


def log_records(folder, pkg):
    """The log's record stretches, in reading order: (id, text)."""
    if folder == "brindlecombe-ca-pd":
        found = [recs_of(folder, f["text"]) for f in pkg["tree"]]
        found = [x for x in found if x]
        return found[0] if len(found) == 1 else []
    if folder == "ostwick-county-mt-so":
        return [x for f in sorted(pkg["annots"], key=week_key) for x in recs_of(folder, f["text"])]
    if folder == "tallowmere-wa-pd":
        f = [f for f in pkg["tree"] if f["name"].endswith(".csv")]
        if len(f) != 1:
            return []
        rows = csv_rows(f[0]["text"])
        return [(row[0], " | ".join(row)) for row in rows[1:] if row]
    if folder == "hesketh-township-mi-pd":
        return recs_of(folder, pkg["tree"][0]["text"]) if len(pkg["tree"]) == 1 else []
    if folder == "dunsfold-vt-pd":
        return recs_of(folder, pkg["cover"])
    return []


def own_total(folder, pkg):
    if folder == "brindlecombe-ca-pd":
        return [int(x) for f in pkg["tree"] for x in re.findall(r"Total incidents: (\d+)", f["text"])]
    if folder == "ostwick-county-mt-so":
        return [int(x) for x in re.findall(r"list (\d+) incidents in all", pkg["cover"])]
    if folder == "tallowmere-wa-pd":
        return [int(x) for x in re.findall(r"Records exported: (\d+)", pkg["cover"])]
    if folder == "hesketh-township-mi-pd":
        return [int(x) for f in pkg["tree"] for x in re.findall(r"Items listed: (\d+)\.", f["text"])]
    return [int(x) for x in re.findall(r"Calls listed this week: (\d+)\.", pkg["cover"])]


def all_text(pkg):
    return "\n".join([pkg["cover"]] + [f["text"] for f in pkg["tree"] + pkg["annots"]])


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
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict(recs)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the log")
            continue
        for key, val in s.items():
            if not in_order(tokens(val), tokens(by_id[s["case_number"]])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_attachments(name, pkg, e):
    """The attached files, as listed in groundtruth.json, are there and read back byte for byte."""
    got = [f for f in pkg["tree"] + pkg["annots"] if f["name"] in {a["name"] for a in e["attachments"]}]
    problems = []
    for a in e["attachments"]:
        fs = [f for f in got if f["name"] == a["name"]]
        if not fs or any(hashlib.sha256(f["data"]).hexdigest() != a["sha256"] or len(f["data"]) != a["bytes"]
                         for f in fs):
            problems.append(f"{name}: attachment {a['name']} missing or different")
    if {f["name"] for f in pkg["tree"] + pkg["annots"]} != {a["name"] for a in e["attachments"]}:
        problems.append(f"{name}: attached files are not those listed")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def check_layout(folder, name, e, pkg):
    """One check of the trap each layout is about (on the package as read, or a mutated copy of it)."""
    ids = e["case_numbers"]
    recs = log_records(folder, pkg)
    bad = [num for num, _ in recs] != ids or own_total(folder, pkg) != [len(ids)]
    idre = IDS[folder]
    if folder == "brindlecombe-ca-pd":
        # a portfolio: placeholder page, three embedded PDFs, records only in one, opening on another
        bad |= not pkg["collection"] or pkg["pages"] != 1 or pkg["annots"] != []
        bad |= not re.search(r"This PDF contains attached files\.", pkg["cover"]) or bool(idre.search(pkg["cover"]))
        bad |= len(pkg["tree"]) != 3 or not all(f["data"].startswith(b"%PDF") for f in pkg["tree"])
        with_recs = [f["name"] for f in pkg["tree"] if idre.search(f["text"])]
        bad |= len(with_recs) != 1 or pkg["default"] in with_recs + [None]
        bad |= pkg["default"] not in [f["name"] for f in pkg["tree"]]
    if folder == "ostwick-county-mt-so":
        # a letter whose weekly logs are attached only by annotations, attached out of week order
        bad |= pkg["tree"] != [] or len(pkg["annots"]) != 3 or any(f["page"] != 0 for f in pkg["annots"])
        bad |= not all(f["data"].startswith(b"%PDF") for f in pkg["annots"]) or bool(idre.search(pkg["cover"]))
        weeks = sorted(pkg["annots"], key=week_key)
        bad |= weeks == pkg["annots"]
        counts = [len(recs_of(folder, f["text"])) for f in weeks]
        for f, k in zip(weeks, counts):
            bad |= [int(x) for x in re.findall(r"Incidents this week: (\d+)", f["text"])] != [k]
        bad |= [int(x) for x in re.findall(rf"Week \d: .*? {D} (\d+) incidents", pkg["cover"])] != counts
    if folder == "tallowmere-wa-pd":
        # a summary page; the log is a CSV whose quoted cells hold line breaks, some starting like a row
        csvs = [f for f in pkg["tree"] if f["name"].endswith(".csv")]
        txts = [f for f in pkg["tree"] if f["name"].endswith(".txt")]
        bad |= len(csvs) != 1 or len(txts) != 1 or bool(idre.search(pkg["cover"])) or pkg["annots"] != []
        if csvs and txts:
            text = csvs[0]["text"]
            rows = csv_rows(text)
            bad |= rows[0][0] != "incident_no" or any(len(row) != 9 for row in rows) or bool(idre.search(txts[0]["text"]))
            lines = text.replace("\r\n", "\n").strip("\n").split("\n")
            naive = re.findall(r"(?m)^TM26-\d{5},", text)
            bad |= len(lines) - 1 <= len(ids) or len(naive) <= len(ids)
            broken = [row for row in rows[1:] if "\n" in row[8]]
            bad |= len(broken) < 5 or not any('"' in row[8] for row in broken)
            cont = {(row[0], m) for row in rows[1:] for m in re.findall(r"(?m)^(TM26-\d{5}),", row[8])}
            bad |= cont != rel(e, "prior_case") or len(cont) < 3
    if folder == "hesketh-township-mi-pd":
        # a preview of the first five records on the page, the full log attached
        cover_ids = idre.findall(pkg["cover"])
        m = re.search(r"Preview: first (\d+) of (\d+) records", pkg["cover"])
        bad |= not m or cover_ids != ids[: len(cover_ids)] or len(cover_ids) != (int(m.group(1)) if m else -1)
        bad |= not m or int(m.group(2)) != len(ids) or len(cover_ids) < 3
        bad |= len(pkg["tree"]) != 1 or not pkg["tree"][0]["data"].startswith(b"%PDF")
        paras = [int(mm.group("n")) for num, _, mm in blocks(folder, pkg["tree"][0]["text"]) if num] if pkg["tree"] else []
        bad |= paras != list(range(1, len(ids) + 1))
        every = idre.findall(all_text(pkg))
        bad |= any(every.count(x) != (2 if x in cover_ids else 1) for x in ids)
    if folder == "dunsfold-vt-pd":
        # a printed log that carries an attached copy of itself (name tree and annotation)
        bad |= pkg["pages"] < 2 or len(pkg["tree"]) != 1 or len(pkg["annots"]) != 1
        if pkg["tree"] and pkg["annots"]:
            copy = pkg["tree"][0]
            bad |= copy["name"] != pkg["annots"][0]["name"] or copy["data"] != pkg["annots"][0]["data"]
            bad |= not copy["data"].startswith(b"%PDF") or [num for num, _ in recs_of(folder, copy["text"])] != ids
            bad |= [int(x) for x in re.findall(r"Calls listed this week: (\d+)\.", copy["text"])] != [len(ids)]
        refs = {(num, x) for num, s in recs for x in re.findall(r"follow-up to report\s+(26-\d{4})\.", s)}
        bad |= refs != rel(e, "earlier_report") or len(refs) < 3
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pkg = package(pdf)
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pkg["pages"] != e["pages"] or pkg["cover"].count("\f") != e["pages"] or not 1 <= pkg["pages"] <= 12:
            problems.append(f"{pdf.name}: pages {pkg['pages']} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_attachments(pdf.name, pkg, e)
        problems += check_numbers(pdf.name, all_text(pkg), e)
        recs = log_records(folder.name, pkg)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = own_total(folder.name, pkg)
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, pkg)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pkg['pages']} page(s), "
              f"{len(pkg['tree'])} file(s) in the name tree, {len(pkg['annots'])} by annotation, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs185.py"), tmp], check=True)
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
