"""Check blind_logs93 against its ground truth (stand-alone: needs only pdftotext and pdfinfo).

For each PDF: sha256, bytes and pages; 40-150 records without a duplicate id; every id and
related number printed in `pdftotext -layout` text at least as often as listed; no number both
id and related; a record-start pattern per layout gives exactly the listed ids in order; the
document's own totals agree; each sample value is printed inside its own record's stretch; one
check of each layout's fax / e-mail trap. With --regen, regenerating must give identical files.

    .venv/bin/python tests/documents/blind_logs93/check_blind_logs93.py [--regen] [--dir DIR]
"""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = {
    "corliss-falls-vt-pd": re.compile(r"^\s*(25-00\d{4})\s+\d\d/\d\d/2025 \d\d:\d\d\s", re.M),
    "wendle-harbor-me-pd": re.compile(r"^\s*Case No\.:\s+(WH25-\d{5})\s*$", re.M),
    "tessaly-county-nd-so": re.compile(r"^\s*\d{4} (TC25-\d{6}) \S", re.M),
    "ashby-university-dps": re.compile(r"^\s*(AU-25-\d{4})\s+\d\d/\d\d/25 \d\d:\d\d\s", re.M),
    "okeena-county-ok-so": re.compile(r"^\s*Incident:\s+(OC-25-\d{5})\s", re.M),
}
RESEND = "FAX - RESEND"


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    out = run(["pdfinfo", str(path)])
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def reading_text(folder, path):
    """Text in reading order: for the 2-up fax, left half then right half of every sheet."""
    if folder != "ashby-university-dps":
        return run(["pdftotext", "-layout", str(path), "-"])
    parts = []
    for p in range(1, pdf_pages(path) + 1):
        for x in (0, 396):
            parts.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0",
                              "-W", "396", "-H", "612", str(path), "-"]))
    return "\n".join(parts)


def body(folder, t):
    """The part of the text where records are counted (Okeena: before the resend)."""
    if folder == "okeena-county-ok-so" and RESEND in t:
        return t[:t.index(RESEND)]
    return t


def records(folder, t):
    """[(id, stretch)] from the layout's record-start pattern."""
    b = body(folder, t)
    ms = list(START[folder].finditer(b))
    return [(m.group(1), b[m.start():(ms[i + 1].start() if i + 1 < len(ms) else len(b))])
            for i, m in enumerate(ms)]


def norm(s):
    return " ".join(s.split())


def check_samples(folder, name, recs, e):
    problems = []
    st = dict(recs)
    for s in e["sample_records"]:
        cid = s["case_number"]
        if cid not in st:
            problems.append(f"{name}: sample {cid} not a record start")
            continue
        stretch = norm(st[cid])
        for k, v in s.items():
            if norm(str(v)) not in stretch:
                problems.append(f"{name}: sample {cid} {k}={v!r} not printed in its record")
    return problems


def total(pattern, t):
    return [int(x) for x in re.findall(pattern, t)]


def check_layout(folder, name, t, e, recs):
    """Totals and the layout's trap, on the reading-order text t."""
    p = []
    ids = [r for r, _ in recs]
    n = len(e["case_numbers"])
    if folder == "corliss-falls-vt-pd":
        if total(r"Total incidents this period: (\d+)", t) != [n]:
            p.append(f"{name}: total line disagrees")
        job = e["fax_job_number"]
        jobs = re.findall(r"RECEIVED BY FAXSRV-02 +\S+ +JOB (\S+) +PAGE (\d+) OF (\d+)", t)
        if [j for j, _, _ in jobs] != [job] * e["pages"] or [int(a) for _, a, _ in jobs] != list(
                range(1, e["pages"] + 1)):
            p.append(f"{name}: fax server stamp with job {job} not on every page in order")
        if job in e["case_numbers"] or job in [r["number"] for r in e["related_numbers"]]:
            p.append(f"{name}: fax job number listed as a record number")
        rep = t[t.index("TRANSMISSION VERIFICATION REPORT"):]
        if START[folder].search(rep) or not re.search(r"SESSION\s*:\s*" + re.escape(job), rep):
            p.append(f"{name}: transmission report page wrong")
        heads = [int(a) for a, b in re.findall(r"TO: 5550188 +P\.(\d{3})/(\d{3})", t) if int(b) == e["pages"]]
        if heads != list(range(1, e["pages"])):
            p.append(f"{name}: fax header not on every page")
    elif folder == "wendle-harbor-me-pd":
        if total(r"(\d+) incidents listed\.", t) != [n]:
            p.append(f"{name}: 'incidents listed' disagrees")
        orig = t.index("-----Original Message-----")
        quoted = re.findall(r"^\s*> Case No\.:\s+(WH25-\d{5})", t, re.M)
        if quoted != e["quoted_repeats"] or any(q not in ids for q in quoted):
            p.append(f"{name}: quoted repeats {quoted} vs {e['quoted_repeats']}")
        if any(t.index("> Case No.:    " + q) > orig for q in quoted):
            p.append(f"{name}: a quoted block is not in the reply above the original")
        if len(re.findall(r"^\s*Case No\.:", t[:orig], re.M)):
            p.append(f"{name}: an unquoted block above the original message")
    elif folder == "tessaly-county-nd-so":
        after = re.findall(r"Part (\d) of 3, picking up after (TC25-\d{6})\.", t)
        for part, cid in after:
            pos = t.index(f"Part {part} of 3, picking up")
            before = [m.group(1) for m in START[folder].finditer(t[:pos])]
            if not before or before[-1] != cid or cid in [r["number"] for r in e["related_numbers"]]:
                p.append(f"{name}: 'picking up after {cid}' is not the previous part's last entry")
        if len(after) != 2:
            p.append(f"{name}: {len(after)} 'picking up after' lines")
        sp = e["split_record"]
        stretch = dict(recs).get(sp, "")
        if "(continued in next message)" not in stretch or "...continued:" not in stretch \
                or stretch.index("(continued in next message)") > stretch.index("...continued:"):
            p.append(f"{name}: split entry {sp} not continued across messages")
        if t.count("(continued in next message)") != 1 or t.count("...continued:") != 1:
            p.append(f"{name}: continuation markers not exactly once")
    elif folder == "ashby-university-dps":
        if total(r"(\d+) cases reported", t) != [n]:
            p.append(f"{name}: 'cases reported' disagrees")
        pg = [(int(a), int(b)) for a, b in re.findall(r"Page (\d+) of (\d+)", t)]
        if pg != [(i, e["log_pages"]) for i in range(1, e["log_pages"] + 1)]:
            p.append(f"{name}: log pages in reading order {pg}")
    elif folder == "okeena-county-ok-so":
        if total(r"Total calls logged: (\d+)", t) != [n]:
            p.append(f"{name}: total disagrees")
        if RESEND not in t:
            p.append(f"{name}: no resend cover")
            return p
        rest = t[t.index(RESEND):]
        again = re.findall(r"^\s*Incident:\s+(OC-25-\d{5})\s", rest, re.M)
        if again != e["resent_case_numbers"]:
            p.append(f"{name}: resent ids {len(again)} differ from the listed resent pages")
        pages = {int(x) for x in re.findall(r"Log page (\d+) of", rest)}
        if pages != set(e["resent_log_pages"]):
            p.append(f"{name}: resent log pages {pages}")
        m = re.search(r"Pages: (\d+) including this cover", rest)
        if not m or int(m.group(1)) != 1 + len(e["resent_log_pages"]):
            p.append(f"{name}: resend cover page count wrong")
        pieces = body(folder, t).split("Log page ")
        orig = [m.group(1) for k in e["resent_log_pages"] if k < len(pieces) for m in START[folder].finditer(pieces[k])]
        if again != orig:
            p.append(f"{name}: resent pages do not repeat log pages {e['resent_log_pages']} as first printed")
    return p


def check(folder):
    problems = []
    gt = json.loads((folder / "groundtruth.json").read_text())
    pdfs = sorted(x.name for x in folder.glob("*.pdf"))
    if sorted(e["file"] for e in gt) != pdfs:
        problems.append(f"{folder.name}: ground truth files {sorted(e['file'] for e in gt)} vs {pdfs}")
    for e in gt:
        pdf = folder / e["file"]
        if not pdf.exists():
            continue
        data = pdf.read_bytes()
        name = f"{folder.name}/{e['file']}"
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{name}: sha256/bytes differ")
        if len(data) >= 200_000:
            problems.append(f"{name}: over 200 KB")
        pages = pdf_pages(pdf)
        if pages != e["pages"]:
            problems.append(f"{name}: {pages} pages, listed {e['pages']}")
        ids = e["case_numbers"]
        rel = [r["number"] for r in e.get("related_numbers", [])]
        if not 40 <= len(ids) <= 150 or e["record_count"] != len(ids):
            problems.append(f"{name}: record count {e['record_count']} / {len(ids)}")
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate id")
        if set(ids) & set(rel):
            problems.append(f"{name}: number both id and related: {sorted(set(ids) & set(rel))}")
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        for x in ids + rel:
            if full.count(x) < (ids + rel).count(x):
                problems.append(f"{name}: {x} printed less often than listed")
        for r in e.get("related_numbers", []):
            if r["record"] not in ids:
                problems.append(f"{name}: related number of unknown record {r['record']}")
        t = reading_text(folder.name, pdf)
        recs = records(folder.name, t)
        if [r for r, _ in recs] != ids:
            problems.append(f"{name}: record starts give {len(recs)} ids, not the listed {len(ids)} in order")
        for r in e.get("related_numbers", []):
            if r["number"] not in dict(recs).get(r["record"], ""):
                problems.append(f"{name}: related {r['number']} not inside record {r['record']}")
        if folder.name == "ashby-university-dps":
            two = [ln for ln in full.splitlines() if len(re.findall(r"AU-25-\d{4}", ln)) == 2]
            if len(two) < 10:
                problems.append(f"{name}: 2-up sheets do not put two rows on one text line")
        problems += check_samples(folder.name, name, recs, e)
        if recs:
            problems += check_layout(folder.name, name, t, e, recs)
        print(f"{name}: {len(ids)} records, {pages} pages, {len(rel)} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs93.py"), tmp], check=True)
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
