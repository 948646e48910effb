"""Mutation runs for check_blind_logs100.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample value,
sha256, page count or record count, an unprinted related number, a related number listed as an id,
an id listed as related, a non-record number of another section listed as a record) run the real
check on a copy in a temporary folder; a removed agency folder too. Trap mutations (a hotlist case
number moved out of its series, a warrant row given a record's id, a BOLO block losing its Location
label, a memo item renumbered, a sidebar number turned into a record's id) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs100/mutate_check_blind_logs100.py
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
import check_blind_logs100 as C  # noqa: E402

OTHER = {  # a number printed in another section of the bulletin, shaped like an id, not a record
    "ketterby-oh-pd": r"^ *[A-Z]{3}\d{4} +\d{4} .+? (KT25-\d{5}) +\d\d/\d\d/2025$",
    "brisco-county-ga-so": r"^ *(25-\d{5}) +[A-Z]/[MF]",
    "halvard-university-dps": r"History: +(HU-25-\d{4})",
    "dunmore-crossing-nj-pd": r"^ *1\.\d+ .*\(Case (25-\d{6})\)",
    "varrow-county-mn-so": r"case (VC25-\d{5})",
}
CUR = {}


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_disp(g):
    g[-1]["sample_records"][2]["disposition"] = "Arrest, booking ZZ-0000"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_relid(g):
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(2, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30" + s["reported_at"][5:]


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_other(g):
    """List a number of another section (hotlist, warrant, premise history, memo item) as a record."""
    t = C.run(["pdftotext", "-layout", str(SRC / CUR["f"] / g[0]["file"]), "-"])
    num = re.search(OTHER[CUR["f"]], t, re.M).group(1)
    g[0]["case_numbers"].insert(1, num)
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_disp, m_sha, m_rel, m_count, m_both, m_relid, m_date, m_pages, m_dup, m_other]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs100.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def main():
    folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    caught = missed = 0
    for f in folders:
        CUR["f"] = f
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

    def first_id(t, f):
        return C.records(f, t)[0][0]

    trap = {
        "ketterby-oh-pd": lambda t, f: re.sub(
            r"^( *[A-Z]{3}\d{4} +\d{4} .+? )KT25-\d{5}( +\d\d/\d\d/2025)$",
            lambda m: m.group(1) + "KT25-99999" + m.group(2), t, count=1, flags=re.M),
        "brisco-county-ga-so": lambda t, f: re.sub(
            r"(WARRANTS SERVED\n.*\n *)25-\d{5}", lambda m: m.group(1) + first_id(t, f), t, count=1),
        "halvard-university-dps": lambda t, f: re.sub(
            r"(BOLO 25-\d{3}\n(?:.*\n){2}) *Location:[^\n]*\n", r"\1", t, count=1),
        "dunmore-crossing-nj-pd": lambda t, f: re.sub(r"^( *)4\.3 ", r"\g<1>4.33 ", t, count=1, flags=re.M),
        "varrow-county-mn-so": lambda t, f: re.sub(
            r"(case )VC25-\d{5}", lambda m: m.group(1) + C.records(f, t)[-1][0], t, count=1),
    }
    for f, mut in trap.items():
        for e in json.loads((SRC / f / "groundtruth.json").read_text()):
            t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
            assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
            t2 = mut(t, f)
            assert t2 != t, f
            recs = C.records(f, t2)
            out = C.check_layout(f, e["file"], t2, e, recs) if recs else ["no records"]
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, e["file"])

    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
