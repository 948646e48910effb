"""Mutation runs for check_blind_logs70.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number
of an unlisted record, a missing agency folder, a flipped PDF byte) run the real check on a copy
in a temporary folder; layout-trap mutations (an id printed on the cover letter, a wrong ink
tally, an index entry pointing to the wrong page, a skipped item heading, a wrong count by type)
are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs70/mutate_check_blind_logs70.py
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
import check_blind_logs70 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_orphan(g):
    r = g[0]["related_numbers"][0]
    g[0]["related_numbers"].append({"record": "XX-0000", "kind": r["kind"], "number": r["number"]})


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "01/01/2024 0000"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_last(g):
    g[0]["sample_records"][2]["case_number"] = g[0]["case_numbers"][-2]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_orphan, m_date, m_type, m_pages, m_dup, m_last]


def fails(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs70.py"), "--dir", str(dst)],
                          capture_output=True).returncode != 0


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
                ok = fails(dst)
                caught, missed = caught + ok, missed + (not ok)
                if not ok:
                    print("MISSED", f, m.__name__)
    for name, act in [("removed folder", lambda d: shutil.rmtree(d / folders[0])),
                      ("flipped PDF byte", lambda d: flip(next((d / folders[1]).glob("*.pdf"))))]:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            act(dst)
            ok = fails(dst)
            caught, missed = caught + ok, missed + (not ok)
            if not ok:
                print("MISSED", name)
    mut = {
        "wapello-bend-ia-pd": lambda t: t.replace("Dear Requester:", "  1.   WB-25-00001          10/06/2025 0013  X", 1),
        "sumner-crossing-tn-pd": lambda t: re.sub(r"^( +)(\d+) this pg", lambda m: f"{m.group(1)}{int(m.group(2)) + 1} this pg",
                                                  t, count=1, flags=re.M),
        "osage-ferry-mo-pd": lambda t: re.sub(r"(OF25-\d{5} \.\.\.\. p\. )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}",
                                              t, count=1),
        "belle-chenier-la-pd": lambda t: t.replace("REQUESTED ITEM 2 OF", "REQUESTED ITEM 3 OF", 1),
        "pickens-mill-ga-pd": lambda t: re.sub(r"(By type: [a-z -]+ )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}",
                                               t, count=1),
    }
    for f, fn in mut.items():
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = fn(t)
        assert t2 != t, f
        ok = bool(C.check_layout(f, e["file"], t2, e, C.records(f, t2)))
        caught, missed = caught + ok, missed + (not ok)
        if not ok:
            print("MISSED trap", f)
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


def flip(pdf):
    b = bytearray(pdf.read_bytes())
    b[len(b) // 2] ^= 0x01
    pdf.write_bytes(bytes(b))


if __name__ == "__main__":
    sys.exit(main())
