"""Mutation runs for check_blind_logs172.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids as a naive reading would list them: every id-shaped number of the report in
print order, the chart-split block counted twice, or the register's ids in time order; a dropped,
swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record
count, an unprinted related number, an id listed as related, a related number or a page ordinal listed
as a record, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
(two per layout, applied to the `pdftotext -layout` text and fed to the layout check: Ashcombe's
appendix heading removed, an appendix row dated in May; Brindlemoor's split block made whole above the
chart, the chart's week labels dropped; Corvell's top-10 table with a row removed, with an id that is not
in the listing; Dunmere's Table 1 bound set to a listed id, the numbered recommendations removed;
Elsford's Table 1 count changed, a group heading's count changed).
Run: python tests/documents/blind_logs172/mutate_check_blind_logs172.py
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
import check_blind_logs172 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson by night"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


NAIVE = {}  # folder -> ids as a naive reading lists them


def m_naive(g, folder):
    g[0]["case_numbers"] = NAIVE[folder]
    g[0]["record_count"] = len(NAIVE[folder])


MUTS = [m_naive, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs172.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    full = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    return e, full


def split_id(full):
    """The Brindlemoor block that the chart splits."""
    t = C.clean("brindlemoor-county-mt-so", full)
    cut = C.CUT["brindlemoor-county-mt-so"].search(t)
    return list(C.START["brindlemoor-county-mt-so"].finditer(t[:cut.start()]))[-1].group("id")


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, full = texts(f)
    ids = e["case_numbers"]
    if f == "brindlemoor-county-mt-so":  # the block split by the chart counted as two records
        k = ids.index(split_id(full))
        NAIVE[f] = ids[:k + 1] + ids[k:]
    elif f == "elsford-ks-pd":  # the register's ids in order of report, not in the order of the groups
        t = C.clean(f, full)
        body, _ = C.region(f, t)
        NAIVE[f] = [m.group("id") for m in sorted((m for m in C.START[f].finditer(body) if m.group("rec")),
                                                   key=lambda m: m.group("rec")[:11])]
    else:  # every number of the ids' shape, as printed
        NAIVE[f] = C.IDS[f].findall(full)
    assert NAIVE[f] != ids, f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_naive else m(g)
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


def t_ash_heading(full, e):
    return re.sub(r"(?m)^ *Appendix B\. April 2026 incident listing \(for comparison\) *\n", "", full)


def t_ash_may(full, e):
    k = full.index("Appendix B.")
    return full[:k] + re.sub(r"(A26-\d{5} +)04/", r"\g<1>05/", full[k:], count=1)


def t_brind_whole(full, e):
    """The split block's last three lines printed above the chart: the block no longer split."""
    m = re.search(r"(?ms)(^ *Figure 2\. Reportable incidents by week.*?^ *Section 5\. Incident listing "
                  r"\(continued\) *\n)((?:^ *(?:Location|Occurred|Status) .*\n)+)", full)
    return full[:m.start()] + m.group(2) + m.group(1) + full[m.end():]


def t_brind_labels(full, e):
    return re.sub(r"Wk 7\b", "   ", full, count=1)


def t_corv_row(full, e):
    return re.sub(r"(?m)^ *4 +2026-\d{5} +\d\d/\d\d .*\n", "", full, count=1)


def t_corv_foreign(full, e):
    return re.sub(r"(?m)^( *3 +)2026-\d{5}", r"\g<1>2026-09999", full, count=1)


def t_dun_bound(full, e):
    return re.sub(r"(?m)^( *April +26-\d{4} +)26-\d{4}", lambda m: m.group(1) + e["case_numbers"][0], full, count=1)


def t_dun_recs(full, e):
    return re.sub(r"(?m)^ *[1-4]\. +[A-Z][a-z].*\n", "", full[:full.index("Table 1.")]) + full[full.index("Table 1."):]


def t_els_table(full, e):
    return re.sub(r"(?m)^( *Burglary - residential +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), full,
                  count=1)


def t_els_group(full, e):
    return re.sub(r"(?m)^( *THEFT FROM VEHICLE \()(\d+)\)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1})", full,
                  count=1)


TRAP = {
    "ashcombe-vt-pd": [t_ash_heading, t_ash_may],
    "brindlemoor-county-mt-so": [t_brind_whole, t_brind_labels],
    "corvell-nc-pd": [t_corv_row, t_corv_foreign],
    "dunmere-township-mi-pd": [t_dun_bound, t_dun_recs],
    "elsford-ks-pd": [t_els_table, t_els_group],
}
for f, muts in TRAP.items():
    e, full = texts(f)
    assert not C.check_layout(f, e["file"], e, full), f
    for mut in muts:
        full2 = mut(full, e)
        assert full2 != full, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, full2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
