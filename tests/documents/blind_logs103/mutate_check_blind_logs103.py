"""Mutation runs for check_blind_logs103.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, an id repeated right after
itself as a repeated map or feature row would be, a wrong sample location, type or date, sha256,
page count or record count, an unprinted related number, an id listed as related, a related number
listed as an id) run the real check on a copy in a temporary folder; an agency folder is removed;
map-trap mutations (a pin count, a repeated feature row moved to other coordinates, a stacked-pin
count, a map label that is not the id's last four digits, an edge reference pointing at the wrong
key) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs103/mutate_check_blind_logs103.py
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
import check_blind_logs103 as C  # noqa: E402


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    """Count a repeated pin, feature row or edge reference as a second record."""
    c = g[0]["case_numbers"]
    c.insert(8, c[7])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (or, without one, a neighbour's sample value) as a record."""
    e = next((x for x in g if x["related_numbers"]), None)
    if e is None:
        g[0]["sample_records"][2]["case_number"] = g[0]["case_numbers"][-2]
        return
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_neighbour(g):
    """The middle sample's type taken from a record whose type differs."""
    s = g[0]["sample_records"][1]
    other = g[0]["sample_records"][0]["type"]
    s["type"] = other if other != s["type"] else "Robbery - Armed"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_repeat, m_nonrec,
        m_neighbour]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs103.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def cc_move(t):
    """Give the second row of a repeated incident other coordinates."""
    lines = t.split("\n")
    for i in range(1, len(lines)):
        a, b = lines[i - 1].split(), lines[i].split()
        if len(a) > 2 and len(b) > 2 and a[1] == b[1] and a[1].startswith("2025-"):
            lines[i] = re.sub(r" (\d{7}) ", lambda m: f" {int(m.group(1)) + 1} ", lines[i], count=1)
            return "\n".join(lines)
    return t


TRAP = {
    "thornfield-st-pd": lambda t: re.sub(r"Incidents mapped: (\d+)",
                                         lambda m: f"Incidents mapped: {int(m.group(1)) + 1}", t),
    "calloway-county-st-so": cc_move,
    "millbrook-university-dps": lambda t: re.sub(r"\(2 incidents\)", "(3 incidents)", t, count=1),
    "dorrance-st-pd": lambda t: re.sub(r"^\[(\d{3})(\d)\] On ", lambda m: f"[{m.group(1)}{(int(m.group(2)) + 1) % 10}] On ",
                                       t, count=1, flags=re.M),
    "kelso-harbor-st-pd": lambda t: re.sub(r"(\(edge\) .*? as [ABC][123]-)(\d+)",
                                           lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", t, count=1),
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
    with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.rmtree(dst / folders[0])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED folder removed")
    for f, mut in TRAP.items():
        for e in json.loads((SRC / f / "groundtruth.json").read_text()):
            t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
            assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
            t2 = mut(t)
            assert t2 != t, f
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, e["file"])
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
