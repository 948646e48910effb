"""Mutation runs for check_blind_logs48.py: each broken copy of the set must fail the check.

Every mutation breaks a copy of the set in a temporary folder (its ground truth, or one of its
PDFs) and runs the real check on it (`--dir`); the check must fail on each. The unbroken copy
must pass. Run: python tests/documents/blind_logs48/mutate_check_blind_logs48.py
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
CHECK = SRC / "check_blind_logs48.py"
CP, PP, MB, PA, BC = ("chacahoula-parish-la-so", "pelican-point-al-pd", "magnolia-bend-ms-pd",
                      "port-alcide-tx-harbor-pd", "bienville-county-al-so")


def gt(folder, change):
    def apply(root):
        p = root / folder / "groundtruth.json"
        g = json.loads(p.read_text())
        change(g)
        p.write_text(json.dumps(g, indent=1))
    return apply


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"][7] = g[0]["case_numbers"][6]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Landing"


def m_type(g):
    g[-1]["sample_records"][2]["type"] = "ARSON"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_both(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "citation",
                                    "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "11-10-2025 " + s["reported_at"].split()[-1]


def m_related_as_id(g):
    """Take the CAD number (first number of the record) for the id."""
    g[0]["case_numbers"][0] = g[0]["related_numbers"][0]["number"]


def m_tally_row(g):
    """Count a daily tally line as a record."""
    g[0]["case_numbers"].insert(9, "MB25-9999")
    g[0]["record_count"] += 1


def m_split_fax(g):
    """Treat the two transmissions as one document in the wrong order."""
    g.reverse()


def m_uninvented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


def drop_folder(root):
    shutil.rmtree(root / BC)


def swap_pdfs(root):
    """Put the second Pelican Point PDF's bytes under the first one's name."""
    a, b = sorted((root / PP).glob("*.pdf"))
    a.write_bytes(b.read_bytes())


MUTATIONS = {
    "dropped id (Chacahoula)": gt(CP, m_drop),
    "swapped ids (Pelican Point)": gt(PP, m_swap),
    "duplicated id (Magnolia Bend)": gt(MB, m_dup),
    "wrong sample location (Port Alcide)": gt(PA, m_loc),
    "wrong sample type (Bienville)": gt(BC, m_type),
    "wrong sha256 (Pelican Point)": gt(PP, m_sha),
    "wrong page count (Magnolia Bend)": gt(MB, m_pages),
    "wrong record count (Bienville)": gt(BC, m_count),
    "unprinted related number (Chacahoula)": gt(CP, m_rel),
    "id listed as related (Port Alcide)": gt(PA, m_both),
    "wrong heading date (Port Alcide)": gt(PA, m_date),
    "CAD number taken as the id (Bienville)": gt(BC, m_related_as_id),
    "daily tally counted as a card (Magnolia Bend)": gt(MB, m_tally_row),
    "fax transmissions out of order (Chacahoula)": gt(CP, m_split_fax),
    "agency not marked invented (Pelican Point)": gt(PP, m_uninvented),
    "agency folder missing": drop_folder,
    "PDF replaced by its neighbour (Pelican Point)": swap_pdfs,
}


def run_check(root):
    return subprocess.run([sys.executable, str(CHECK), "--dir", str(root)], capture_output=True, text=True)


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        shutil.copytree(SRC, base, ignore=shutil.ignore_patterns("*.py", "__pycache__", "README.md"))
        if run_check(base).returncode != 0:
            print("the unbroken copy fails the check")
            return 1
        for name, mutate in MUTATIONS.items():
            root = Path(tmp) / "m"
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(base, root)
            mutate(root)
            res = run_check(root)
            caught = res.returncode != 0
            print(f"{'caught' if caught else 'MISSED'}: {name}")
            if not caught:
                failures.append(name)
    print(f"{len(MUTATIONS) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
