"""Mutation runs for check_blind_logs52.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
allegation or summary, a missing agency folder) run the real check on a copy in a temporary
folder; layout-trap mutations (a lost Bates number, a subtotal off by one, a missing label, a
record row on the legend page, a skipped paragraph number) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs52/mutate_check_blind_logs52.py
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
import check_blind_logs52 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_type(g):
    s = g[-1]["sample_records"][0]
    s["offense" if "offense" in s else "type"] = "Arson Investigation"


def m_disp(g):
    g[-1]["sample_records"][2]["disposition"] = "Withdrawn by Complainant"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_first(g):
    g[0]["sample_records"][0]["case_number"] = g[0]["case_numbers"][1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_type, m_disp, m_pages, m_dup, m_first]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs52.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.rmtree(dst / folders[0])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc

    mut = {
        "harrow-ridge-ca-pd": lambda t: re.sub(r"HRPD \d{6}$", "", t, count=1, flags=re.M),
        "coldwater-bay-ca-police-commission": lambda t: re.sub(
            r"(Subtotal, Discourtesy +)(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", t
        ),
        "marlow-county-ca-oig": lambda t: t.replace("Status:", "State:", 1),
        "pelham-flats-ca-pd": lambda t: t.replace(
            "LEGEND OF ABBREVIATIONS",
            "10/29/2025 2359   25PF-99999 ALRM      1 MAIN ST    GOA\nLEGEND OF ABBREVIATIONS",
        ),
        "quill-harbor-ca-pd": lambda t: re.sub(r"(?m)^( *\d+ +)9\. Report No", r"\g<1>90. Report No", t, count=1),
    }
    for f, fn in mut.items():
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = fn(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED layout", f)
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
