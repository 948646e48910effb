"""Mutation runs for check_blind_logs120.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location, type
or date, sha256, page count or record count, an unprinted related number, an id listed as related, a
related number listed as a record, a column box removed from the reading order) run the real check
on a copy in a temporary folder; a removed agency folder likewise. Trap mutations (two per layout: a
jump line removed, a court-news number made an id; the CORRECTION heading removed, the rail headline
naming a listed id; the fire-run total changed, a fire run numbered like a listed case; a classified
ad given a case number, an item renumbered; an item's closing number removed, the caption's case
changed) are applied to the `pdftotext -layout` texts and fed to the layout check.
Run: /work/main/.venv/bin/python tests/documents/blind_logs120/mutate_check_blind_logs120.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs120 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30 " + s["reported_at"]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_column(g):
    cols = g[0]["reading_columns"]
    last = max(c[0] for c in cols)
    g[0]["reading_columns"] = [c for c in cols if c[0] != last]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_column]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs120.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def both(fn):
    """Apply a text mutation to the full-page and the reading-order text alike."""
    return lambda t, ct, e: (fn(t, e), fn(ct, e))


def fire_as_id(t, e):
    i = t.index("FIRE RUNS")
    return t[:i] + re.sub(r"^(\s*)25-\d{5}", lambda m: m.group(1) + e["case_numbers"][0], t[i:], count=1, flags=re.M)


TRAPS = [
    ("harlow-falls-ct-pd", both(lambda t, e: t.replace("See POLICE LOG, Page 4", "(continued inside)"))),
    ("harlow-falls-ct-pd", both(lambda t, e: re.sub(r"Case #25-\d{4}:", f"Case #{e['case_numbers'][3]}:", t, count=1))),
    ("osprey-point-me-pd", both(lambda t, e: t.replace("CORRECTION", "", 1))),
    ("osprey-point-me-pd", both(lambda t, e: re.sub(r"Case OP25-\d{5} goes", f"Case {e['case_numbers'][2]} goes", t))),
    ("tenby-crossing-pa-pd", both(lambda t, e: re.sub(
        r"Fire runs listed: (\d+)", lambda m: f"Fire runs listed: {int(m.group(1)) + 1}", t))),
    ("tenby-crossing-pa-pd", both(fire_as_id)),
    ("ridgeway-county-va-so", both(lambda t, e: re.sub(r"(\d+)\. WANTED:", r"\1. Case RV25-9999 — WANTED:", t))),
    ("ridgeway-county-va-so", both(lambda t, e: re.sub(r"^(\s*)5\. Case", r"\g<1>6. Case", t, flags=re.M))),
    ("pell-harbor-ma-pd", both(lambda t, e: t.replace(f"({e['case_numbers'][7]})", "", 1))),
    ("pell-harbor-ma-pd", both(lambda t, e: re.sub(r"\(case\s+P25-\d{4}\)", "(case P25-0000)", t))),
]
for f, mut in TRAPS:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    ct = C.column_text(pdf, e["reading_columns"])
    assert not C.check_layout(f, e["file"], t, ct, e), f
    t2, ct2 = mut(t, ct, e)
    assert (t2, ct2) != (t, ct), f
    out = C.check_layout(f, e["file"], t2, ct2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
