"""Mutation runs for check_blind_logs64.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date or time, a missing agency folder) run the real check on a copy in a temporary
folder; a second PDF's bytes put in place of the first also runs the real check. Layout-trap
mutations (a protective marking dropped, a no-GO call turned into an occurrence row, an event
number printed without its spaces, routine watch entries removed, a station count changed)
are applied to the `pdftotext -layout` text of each PDF.
Run: python tests/documents/blind_logs64/mutate_check_blind_logs64.py
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
import check_blind_logs64 as C  # noqa: E402


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
    s["reported_at"] = s["reported_at"].replace("2", "1", 1)


def m_time(g):
    s = g[0]["sample_records"][0]
    m = re.search(r"(\d\d)([.:]?\d\d(?:hrs)?)$", s["reported_at"])
    hh = "22" if m.group(1) == "23" else "23"
    s["reported_at"] = s["reported_at"][: m.start()] + hh + m.group(2)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_later(g):
    ids = g[0]["case_numbers"]
    g[0]["related_numbers"].append({"record": ids[2], "kind": "earlier_case_cited", "number": ids[9]})


def m_samples(g):
    g[0]["sample_records"][1], g[0]["sample_records"][2] = g[0]["sample_records"][2], g[0]["sample_records"][1]


MUTS = [
    m_drop,
    m_swap,
    m_loc,
    m_sha,
    m_rel,
    m_count,
    m_both,
    m_date,
    m_time,
    m_type,
    m_pages,
    m_dup,
    m_later,
    m_samples,
]


def run_check(dst):
    cmd = [sys.executable, str(SRC / "check_blind_logs64.py"), "--dir", str(dst)]
    return subprocess.run(cmd, capture_output=True).returncode


def copy(tmp):
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def main():
    folders = sorted(C.START)
    caught = missed = 0
    for f in folders:
        for m in MUTS:
            with tempfile.TemporaryDirectory() as tmp:
                dst = copy(tmp)
                gp = dst / f / "groundtruth.json"
                g = json.loads(gp.read_text())
                before = json.dumps(g)
                m(g)
                assert json.dumps(g) != before, (f, m.__name__)
                gp.write_text(json.dumps(g, ensure_ascii=False))
                if run_check(dst):
                    caught += 1
                else:
                    missed += 1
                    print("MISSED", f, m.__name__)
    with tempfile.TemporaryDirectory() as tmp:  # a whole agency folder removed
        dst = copy(tmp)
        shutil.rmtree(dst / folders[0])
        rc = run_check(dst)
        caught, missed = caught + bool(rc), missed + (not rc)
    with tempfile.TemporaryDirectory() as tmp:  # one PDF replaced by another of the same agency
        dst = copy(tmp)
        g = json.loads((dst / folders[1] / "groundtruth.json").read_text())
        shutil.copy(dst / folders[1] / g[1]["file"], dst / folders[1] / g[0]["file"])
        rc = run_check(dst)
        caught, missed = caught + bool(rc), missed + (not rc)

    trap_muts = {
        "thornbury-vale-uk-constabulary": lambda t: t.replace("OFFICIAL", "", 1),
        "kestrel-narrows-on-police-service": lambda t: t.replace("- no GO -", "GO 2025-0000001", 3),
        "wollara-nsw-police-district": lambda t: re.sub(
            r"Event No\. +E (\d{3}) (\d{3}) (\d{3})", r"Event No.   E\1\2\3", t, count=1
        ),
        "carrickmoyle-ie-harbour-police": lambda t: re.sub(
            r"^\d\d\.\d\dhrs +(Day|Night) watch on duty.*\n", "", t, flags=re.M
        ),
        "kotuku-harbour-nz-area": lambda t: re.sub(
            r"STATION \((\d+) files\)", lambda m: f"STATION ({int(m.group(1)) + 1} files)", t, count=1
        ),
    }
    for f, mut in trap_muts.items():
        for e in json.loads((SRC / f / "groundtruth.json").read_text()):
            t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
            assert not C.check_layout(f, e["file"], t, e, C.entries(f, t)), f
            t2 = mut(t)
            assert t2 != t, f
            out = C.check_layout(f, e["file"], t2, e, C.entries(f, t2))
            caught, missed = caught + bool(out), missed + (not out)
            if not out:
                print("MISSED trap", f, e["file"])
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
