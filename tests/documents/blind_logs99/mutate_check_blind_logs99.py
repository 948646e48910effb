"""Mutation runs for check_blind_logs99.py: each broken copy of the set must fail the check.

Ground-truth mutations, for every agency (a dropped, swapped or duplicated id, a related number listed as
an id, an id listed as related, an unprinted related number, a wrong sample location, type or reported
time, a wrong sha256, page count or record count) run the real check on a copy in a temporary folder, as
does a copy with an agency folder removed; cell-structure trap mutations (stacked title letters dropped,
a stacked day cell broken, a merged 'cancelled' cell filled in or a nested title dropped, a second tier
lost, an address cell's count changed or a slanted title row straightened) are applied to the
`pdftotext -layout` text and fed to the layout check, which must pass on the unmutated text.
Run: python tests/documents/blind_logs99/mutate_check_blind_logs99.py
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
import check_blind_logs99 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_rel_as_id(g):
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_id_as_rel(g):
    e = g[0]
    e["related_numbers"].append({"record": e["case_numbers"][1], "kind": "citation", "number": e["case_numbers"][0]})


def m_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_time(g):
    s = g[-1]["sample_records"][2]
    parts = s["reported_at"].split()
    parts[-1] = "0000" if ":" not in parts[-1] else "00:00"
    s["reported_at"] = " ".join(parts)


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_dup, m_rel_as_id, m_id_as_rel, m_unprinted, m_loc, m_type, m_time, m_sha, m_pages,
        m_count]

TRAP = {  # text mutations that break each layout's cell-structure trap
    "ostervale-st-pd": [lambda t: re.sub(r"^ +U +D *$", "", t, count=1, flags=re.M),
                        lambda t: re.sub(r"^(Case No\. +Date +Time +)I +T ", r"\1PRI UNIT ", t, count=1, flags=re.M)],
    "marlowe-county-st-so": [lambda t: re.sub(r"^OCT ", "    ", t, count=1, flags=re.M),
                             lambda t: re.sub(r"^\(cont\.\)", "       ", t, count=1, flags=re.M)],
    "quenford-st-pd": [lambda t: re.sub(r"   cancelled ", "0940  1010 ", t, count=1),
                       lambda t: t.replace("Received to Clear", "", 1)],
    "bellwright-university-dps": [lambda t: re.sub(r"\n {10,}\d\d/\d\d/2025 \d\d:\d\d[^\n]*", "", t, count=1)],
    "harkness-county-st-so": [lambda t: re.sub(r"^(\d) calls", lambda m: f"{int(m.group(1)) + 1} calls", t, count=1,
                                               flags=re.M),
                              lambda t: "Location    Case Number    Received    Call Type\n" + t],
}


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs99.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def main():
    folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    caught = missed = 0
    if run_check(SRC):
        print("the unmutated set fails the check")
        sys.exit(1)
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
    for f in folders:
        for e in json.loads((SRC / f / "groundtruth.json").read_text()):
            t = C.text_of(SRC / f / e["file"])
            if C.check_layout(f, e["file"], t, e, C.records(f, t)):
                print("unmutated text fails the layout check:", f, e["file"])
                sys.exit(1)
            for k, mut in enumerate(TRAP[f]):
                t2 = mut(t)
                if t2 == t:
                    print("trap mutation did not apply:", f, e["file"], k)
                    missed += 1
                    continue
                if C.check_layout(f, e["file"], t2, e, C.records(f, t2)):
                    caught += 1
                else:
                    missed += 1
                    print("MISSED trap", f, e["file"], k)
    print(f"mutations caught: {caught}, missed: {missed}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
