"""Mutation runs for check_blind_logs115.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location, type
or date, sha256, page count or record count, an unprinted related number, an id listed as related, a
related number listed as a record, ids in physical instead of reading order) run the real check on a
copy in a temporary folder; a removed agency folder likewise. Trap mutations are applied to the
imposed pages' `pdftotext -layout` text and fed to the layout check: a record that no longer runs
over an imposed page break and imposed pages read out of order (2-up), a supplement number turned
into a listed id and quarters read row-wise wrong (4-up), booklet halves put in reading order on
the sheets and a citation moved (booklet), a print-job number equal to a call number and a sheet
stamp dropped (rotated log), an index row dropped and a paragraph number repeated (mixed orientation).
Run: python tests/documents/blind_logs115/mutate_check_blind_logs115.py
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
import check_blind_logs115 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "900 Nowhere Ave"


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


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


def m_sorted_rev(g):
    """Ids in another order (as if the sheets were read in physical / wrong order)."""
    c = g[0]["case_numbers"]
    half = len(c) // 2
    g[0]["case_numbers"] = c[half:] + c[:half]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_sorted_rev]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs115.py"), "--dir", str(dst)],
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


def per_page(fn):
    """Apply fn to every imposed page text."""
    return lambda pages, phys, whole: ([fn(p) for p in pages], phys, whole)


def q_unsplit(pages, phys, whole):
    """Drop the continuation lines at the top of the imposed pages (no record runs over a page break)."""
    out = [pages[0]] + [re.sub(r"(^ *-{40,} *\n)(\s*\n)* *Unit \d+ +Disp: [^\n]*\n", r"\1", p, flags=re.M)
                        for p in pages[1:]]
    return out, phys, whole


def q_order(pages, phys, whole):
    return [pages[1], pages[0]] + pages[2:], phys, whole


def b_sup(pages, phys, whole):
    e = json.loads((SRC / "brannock-county-wy-so" / "groundtruth.json").read_text())[0]
    num = e["case_numbers"][10]
    return [re.sub(r"Supplement to: BC25-\d{4}", f"Supplement to: {num}", p, count=1) for p in pages], phys, whole


def b_order(pages, phys, whole):
    return [pages[0], pages[2], pages[1]] + pages[3:], phys, whole


def o_phys(pages, phys, whole):
    return pages, sorted(phys, key=lambda t: int(re.search(r"^ *- (\d+) -$", t, re.M).group(1))), whole


def o_cit(pages, phys, whole):
    return [re.sub(r"\(cit\. E\d{7}-\d\)", "(cit. E0000000-0)", p, count=1) for p in pages], phys, whole


def l_job(pages, phys, whole):
    call = re.search(r"^ *LH25-\d{5} +(25-\d{6}) ", pages[0], re.M).group(1)
    return [re.sub(r"job 25-\d{6}", f"job {call}", pages[0], count=1)] + pages[1:], phys, whole


def l_stamp(pages, phys, whole):
    return pages[:-1] + [re.sub(r"job 25-\d{6} +sheet \d+", "", pages[-1])], phys, whole


def p_index(pages, phys, whole):
    return pages[:-1] + [re.sub(r"^ *PV-25-\d{4} +\d\d/\d\d/2025 \d{4} [^\n]*\n", "", pages[-1], count=1, flags=re.M)], \
        phys, whole


def p_para(pages, phys, whole):
    return [re.sub(r"^( *)2\. PV-25", r"\g<1>1. PV-25", pages[0], count=1, flags=re.M)] + pages[1:], phys, whole


TRAPS = {
    "quarry-falls-id-pd": [q_unsplit, q_order],
    "brannock-county-wy-so": [b_sup, b_order],
    "ostrander-twp-pa-pd": [o_phys, o_cit],
    "lowry-harbor-me-pd": [l_job, l_stamp],
    "pinecrest-valley-co-transit-pd": [p_index, p_para],
}
for f, muts in TRAPS.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    whole = C.run(["pdftotext", "-layout", str(pdf), "-"])
    n = whole.count("\f")
    pages = C.read_pages(f, pdf, n)
    phys = None
    if f == "ostrander-twp-pa-pd":
        phys = [C.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", str(y), "-W", str(w),
                       "-H", str(h), str(pdf), "-"]) for p in range(1, n + 1) for x, y, w, h in C.SHEET[f]]
    assert not C.check_layout(f, e["file"], pages, e, whole, phys), f
    for mut in muts:
        p2, ph2, w2 = mut(pages, phys, whole)
        assert (p2, ph2, w2) != (pages, phys, whole), (f, mut.__name__)
        out = C.check_layout(f, e["file"], p2, e, w2, ph2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
