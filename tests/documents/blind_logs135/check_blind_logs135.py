"""Stand-alone check of the blind_logs135 set (does not import prr).

For every PDF: sha256, bytes and pages as recorded; 40-150 records, no duplicate id; every id and
related number printed in the `pdftotext -layout` text at least as often as listed, no number both an
id and a related number; a record-start pattern per layout gives exactly the listed ids in order; the
document's own total (where printed) equals the record count; every sample value and every related
number printed inside its own record's stretch; size under 200 KB; one check of each layout's trap.
`--regen` regenerates the set into a temporary folder and requires identical bytes.
Run: python tests/documents/blind_logs135/check_blind_logs135.py [--regen] [SET_DIR]
"""

import collections
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["wexley-forks-oh-pd", "marrick-county-ks-so", "brandle-valley-vt-pd",
           "halloway-port-wa-harbor-police", "corrow-county-nd-so"]


def starts_simple(rx):
    rx = re.compile(rx)

    def f(lines):
        return [(i, m.group(1)) for i, line in enumerate(lines) for m in [rx.match(line)] if m]
    return f


def starts_xml(lines):
    out = []
    for i, line in enumerate(lines):
        if re.match(r'^\s*<Incident seq="\d+">\s*$', line) and i + 1 < len(lines):
            m = re.match(r"^\s*<IncidentNo>(2025-BV-\d{5})</IncidentNo>\s*$", lines[i + 1])
            out.append((i, m.group(1) if m else "?"))
    return out


# trap checks: (lines, joined text, gt entry) -> list of errors
def trap_csv(lines, text, g):
    rx = re.compile(r'^"(WF25-\d{5})",')
    quoted_cont = [ln for ln in lines[1:] if ln.startswith('"') and not rx.match(ln)]
    if len(quoted_cont) < 1:
        return ["csv trap: no soft-wrapped continuation line starting with a double quote"]
    if lines[0] != '"incident_no","reported","nature","address","disposition","cad_event","unit","narrative"':
        return ["csv trap: column-name row is not the first line"]
    return []


def trap_json(lines, text, g):
    prior = [r["number"] for r in g["related_numbers"] if r["kind"] == "earlier incident linked"]
    printed = re.findall(r'\{"type": "Prior incident", "number": "(MC25-\d{6})"\}', text)
    if not prior or sorted(prior) != sorted(printed):
        return [f"json trap: prior-incident links {len(printed)} printed vs {len(prior)} listed"]
    if len(re.findall(r'"MC25-\d{6}"', text)) != g["record_count"] + len(prior):
        return ["json trap: MC25 numbers other than ids and prior links"]
    return []


def trap_xml(lines, text, g):
    errs = []
    cur, nsup = None, 0
    for i, line in enumerate(lines):
        if re.match(r'^\s*<Incident seq=', line):
            cur = re.search(r"<IncidentNo>([^<]+)<", lines[i + 1]).group(1)
        if re.match(r"^\s*<Supplement>\s*$", line):
            nsup += 1
            m = re.search(r"<IncidentNo>([^<]+)<", lines[i + 1])
            if not m or m.group(1) != cur:
                errs.append(f"xml trap: supplement at line {i} does not repeat its incident's number {cur}")
    if nsup == 0 or len(re.findall(r"<IncidentNo>", text)) != g["record_count"] + nsup:
        errs.append("xml trap: <IncidentNo> tags are not records + supplements")
    return errs


def trap_audit(lines, text, g):
    errs = []
    created = set()
    ncreate = 0
    for line in lines:
        m = re.search(r'op=(\w+) user="[^"]*"(?: inc="([^"]+)")?', line)
        if not m:
            continue
        if m.group(1) == "CREATE":
            ncreate += 1
            created.add(m.group(2))
        elif m.group(2) and m.group(2) not in created:
            errs.append(f"audit trap: {m.group(1)} for {m.group(2)} without an earlier CREATE")
    if ncreate != g["record_count"]:
        errs.append(f"audit trap: {ncreate} CREATE lines for {g['record_count']} records")
    if len(re.findall(r'inc="HP-25-\d{4}"', text)) <= g["record_count"]:
        errs.append("audit trap: ids are not repeated on UPDATE/CLOSE lines")
    return errs


def trap_fixed(lines, text, g):
    ex = [ln for ln in lines if "CC25000000" in ln]
    if len(ex) != 1 or not re.match(r"^\s+D CC25000000 ", ex[0]) or "CC25000000" in g["case_numbers"]:
        return ["fixed-width trap: the indented example record on the layout page is missing or counted"]
    if lines.index(ex[0]) > lines.index("H INCX0410 20251116 20251101 20251115"):
        return ["fixed-width trap: example record not on the layout page before the header record"]
    return []


LAYOUTS = {
    "wexley-forks-oh-pd": dict(
        starts=starts_simple(r'^"(WF25-\d{5})",'), join="", total=None, trap=trap_csv,
        drop=[r"^wf_incidents_20251103_20251109\.csv$", r"^C:\\Exports\\.*Page \d+$"]),
    "marrick-county-ks-so": dict(
        starts=starts_simple(r'^\s*"incident_number": "(MC25-\d{6})",'), join="\n", total=r'"record_count": (\d+),',
        trap=trap_json, drop=[r"^incidents_2025-11-10_2025-11-16\.json$", r"^file:///.*\d+/\d+$"]),
    "brandle-valley-vt-pd": dict(
        starts=starts_xml, join="\n", total=r'<IncidentExport [^>]*count="(\d+)">', trap=trap_xml,
        drop=[r"^BVPD_export_\d{8}\.xml$", r"^Printed from XML Notepad - .* page \d+ of \d+$"]),
    "halloway-port-wa-harbor-police": dict(
        starts=starts_simple(r'^\S+ host=rms01 svc=incident op=CREATE user="[^"]+" inc="(HP-25-\d{4})"'),
        join="\n", total=None, trap=trap_audit, by_lines=True,
        drop=[r"^rms-audit\.log \(filtered: svc=incident\)$", r"^Halloway Harbor Police - audit extract .*sheet \d+ of \d+$"]),
    "corrow-county-nd-so": dict(
        starts=starts_simple(r"^D (CC25\d{6}) "), join="\n", total=r"(?m)^T (\d{6})$", trap=trap_fixed,
        drop=[r"^INCX0410\.DAT - incident extract", r"^CCSO Records - INCX0410 printout - page \d+ of \d+$"]),
}


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def clean_lines(text, drop):
    out = []
    for line in text.replace("\f", "\n").split("\n"):
        line = line.rstrip()
        if not line.strip() or any(re.match(d, line.strip()) for d in drop):
            continue
        out.append(line)
    return out


def squash(s):
    return re.sub(r"\s+", "", s)


def count_in(num, text):
    return len(re.findall(r"(?<![A-Za-z0-9-])" + re.escape(num) + r"(?![0-9])", text))


def check_text(folder, g, text):
    """Checks that need only the ground-truth entry and the pdftotext -layout text."""
    L = LAYOUTS[folder]
    errs = []
    lines = clean_lines(text, L["drop"])
    joined = L["join"].join(lines)
    ids = g["case_numbers"]
    if not 40 <= g["record_count"] <= 150:
        errs.append(f"record_count {g['record_count']} outside 40-150")
    if len(ids) != g["record_count"]:
        errs.append(f"{len(ids)} ids for record_count {g['record_count']}")
    if len(set(ids)) != len(ids):
        errs.append("duplicate id")
    rel = [r["number"] for r in g.get("related_numbers", [])]
    if set(rel) & set(ids):
        errs.append(f"numbers both id and related: {sorted(set(rel) & set(ids))[:3]}")
    for num, k in (collections.Counter(ids) + collections.Counter(rel)).items():
        if count_in(num, joined) < k:
            errs.append(f"{num} printed fewer than {k} times")
    for r in g.get("related_numbers", []):
        if r["record"] not in ids:
            errs.append(f"related number {r['number']} points to unlisted record {r['record']}")
    st = L["starts"](lines)
    found = [s[1] for s in st]
    if found != ids:
        diff = next((i for i, (a, b) in enumerate(zip(found, ids)) if a != b), min(len(found), len(ids)))
        errs.append(f"record-start pattern gives {len(found)} ids, listed {len(ids)}; first difference at {diff}")
    if L["total"]:
        tot = re.findall(L["total"], text)
        if len(tot) != 1 or int(tot[0]) != g["record_count"]:
            errs.append(f"printed total {tot} != record_count {g['record_count']}")
    # stretches
    stretch = {}
    if L.get("by_lines"):
        for cid in ids:
            stretch[cid] = squash("".join(ln for ln in lines if f'inc="{cid}"' in ln))
    elif found == ids:
        bounds = [s[0] for s in st] + [len(lines)]
        for k, cid in enumerate(ids):
            stretch[cid] = squash(L["join"].join(lines[bounds[k]:bounds[k + 1]]))
    for s in g["sample_records"]:
        cid = s["case_number"]
        if cid not in stretch:
            errs.append(f"sample {cid} has no stretch")
            continue
        for k, v in s.items():
            if squash(str(v)) not in stretch[cid]:
                errs.append(f"sample {cid} {k}={v!r} not printed in its record")
    for r in g.get("related_numbers", []):
        if r["record"] in stretch and squash(r["number"]) not in stretch[r["record"]]:
            errs.append(f"related {r['number']} not printed inside record {r['record']}")
    errs += L["trap"](lines, joined, g)
    return errs


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


KEYS = ["file", "source_repo", "commit", "path", "git_blob", "generator", "sha256", "bytes", "pages", "agency",
        "document_type", "layout", "scanned", "encrypted", "text_layer", "record_count", "case_numbers",
        "related_numbers", "fields_present", "sample_records", "case_numbers_source", "record_count_check", "notes"]


def check_set(root):
    errs = []
    for folder in FOLDERS:
        d = root / folder
        gtp = d / "groundtruth.json"
        if not gtp.exists():
            errs.append(f"{folder}: missing folder or groundtruth.json")
            continue
        gt = json.loads(gtp.read_text())
        if not 1 <= len(gt) <= 2:
            errs.append(f"{folder}: {len(gt)} PDFs")
        pdfs = sorted(p.name for p in d.glob("*.pdf"))
        if pdfs != sorted(g["file"] for g in gt):
            errs.append(f"{folder}: PDFs {pdfs} do not match ground truth")
        for g in gt:
            p = d / g["file"]
            tag = f"{folder}/{g['file']}"
            missing = [k for k in KEYS if k not in g]
            if missing:
                errs.append(f"{tag}: keys missing {missing}")
            if g.get("layout") not in ("table with header", "labelled blocks", "free text", "numbered paragraphs"):
                errs.append(f"{tag}: layout {g.get('layout')!r}")
            if not p.exists():
                errs.append(f"{tag}: missing")
                continue
            b = p.read_bytes()
            if hashlib.sha256(b).hexdigest() != g["sha256"]:
                errs.append(f"{tag}: sha256")
            if len(b) != g["bytes"]:
                errs.append(f"{tag}: bytes")
            if len(b) >= 200_000:
                errs.append(f"{tag}: over 200 KB")
            if pdf_pages(p) != g["pages"]:
                errs.append(f"{tag}: pages")
            errs += [f"{tag}: {e}" for e in check_text(folder, g, pdftext(p))]
    return errs


def regen(root):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs135.py"), tmp], check=True, capture_output=True)
        errs = []
        for folder in FOLDERS:
            for p in sorted((root / folder).glob("*")):
                q = Path(tmp) / folder / p.name
                if not q.exists() or q.read_bytes() != p.read_bytes():
                    errs.append(f"regen: {folder}/{p.name} differs")
        return errs


def main(argv):
    args = [a for a in argv if a != "--regen"]
    root = Path(args[0]) if args else HERE
    errs = check_set(root)
    if "--regen" in argv:
        errs += regen(root)
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    n = sum(len(json.loads((root / f / "groundtruth.json").read_text())) for f in FOLDERS)
    print(f"OK: {n} PDFs in {len(FOLDERS)} agency folders" + (", regenerated byte-identical" if "--regen" in argv else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
