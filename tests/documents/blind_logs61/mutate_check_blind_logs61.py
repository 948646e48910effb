"""Mutation runs for check_blind_logs61.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (two cover-index rows swapped, a continuation card's count, a check mark
removed, the column titles dropped from a page, an end-of-narrative line removed) are applied
to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs61/mutate_check_blind_logs61.py
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
import check_blind_logs61 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "10/01/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs61.py"), "--dir", str(dst)], capture_output=True
    ).returncode


def swap_index_rows(t):
    rows = re.findall(r"^\d+ +BF-25-\d{5} .*$", t, re.M)
    return t.replace(rows[2], "\0").replace(rows[3], rows[2]).replace("\0", rows[3])


def drop_second_titles(t):
    second = list(re.finditer(r"^\(2\) Report No\..*\n", t, re.M))[1]
    return t[:second.start()] + t[second.end():]


MUT = {
    "brackenfold-or-pd": swap_index_rows,
    "cassock-hill-nh-pd": lambda t: re.sub(
        r"Cards in this file: (\d+)", lambda m: f"Cards in this file: {int(m.group(1)) - 1}", t
    ),
    "dorrance-lake-county-mn-so": lambda t: t.replace(C.MARK + " ", "  ", 1),
    "ellerby-junction-ks-pd": drop_second_titles,
    "fallowmoor-university-me-pd": lambda t: re.sub(r"^ *- - - END OF NARRATIVE - - -\n", "", t, count=1,
                                                    flags=re.M),
}


def main():
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
    with tempfile.TemporaryDirectory() as tmp:  # a removed agency folder
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.rmtree(dst / folders[0])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
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
            print("MISSED", f, "layout trap")
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
