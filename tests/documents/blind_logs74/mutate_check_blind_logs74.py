"""Mutation runs for check_blind_logs74.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong heading
date, a page without a text layer dropped from or added to the ground truth, a missing agency
folder) run the real check on a copy in a temporary folder; layout-trap mutations (a sheet
subtotal, a day-banner count, a lost cross-reference, text on the image-only page, an id moved
into its paragraph, a code-summary count) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs74/mutate_check_blind_logs74.py
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
import check_blind_logs74 as C  # noqa: E402


def m_drop(g):
    g[-1]["case_numbers"].pop(5)


def m_swap(g):
    c = g[-1]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[-1]["sample_records"][0]["location"] = "77 NOWHERE HALL"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[-1]["related_numbers"].append({"record": g[-1]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[-1]["related_numbers"].append(
        {"record": g[-1]["case_numbers"][1], "kind": "citation", "number": g[-1]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "10/02/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "ARSON"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[-1]["case_numbers"].append(g[-1]["case_numbers"][-1])
    g[-1]["record_count"] += 1


def m_blank(g):
    """Drop the image-only page where there is one; claim one where there is none."""
    for e in g:
        if "pages_without_text_layer" in e:
            del e["pages_without_text_layer"]
            return
    g[0]["pages_without_text_layer"] = [{"page": 2, "case_numbers": g[0]["case_numbers"][30:35]}]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_blank]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and not p.name.startswith("__"))
caught = missed = 0


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs74.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc


def blank_text(t):
    pages = t.split("\f")
    pages[1] = "SHIFT DATE 10/14/2025\n" + pages[1]
    return "\f".join(pages)


MUT = {
    "harrow-glen-wi-pd": lambda t: t.replace(" 44 incidents", " 43 incidents", 1),
    "quillmoor-county-nd-so": lambda t: re.sub(r"==== \((\d+) ", lambda m: f"==== ({int(m.group(1)) + 1} ", t, count=1),
    "saltmarsh-point-me-pd": lambda t: re.sub(C.tol("Cross-ref.") + r" SP25-\d{5}", "", t, count=1),
    "ferrow-valley-or-pd": blank_text,
    "tinder-ridge-az-marshal": lambda t: re.sub(
        r"(CODE SUMMARY\s+[A-Z]{3} +[A-Z0-9 ]+? +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1
    ),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)
# Ferrow: an id moved into the middle of its paragraph
e = json.loads((SRC / "ferrow-valley-or-pd" / "groundtruth.json").read_text())[1]
t = C.run(["pdftotext", "-layout", str(SRC / "ferrow-valley-or-pd" / e["file"]), "-"])
recs = [
    (num, text.replace(" hrs - ", f" hrs - {num} ", 1), pos) for num, text, pos in C.records("ferrow-valley-or-pd", t)
]
out = C.check_layout("ferrow-valley-or-pd", e["file"], t, e, recs)
caught += bool(out)
missed += not out

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
