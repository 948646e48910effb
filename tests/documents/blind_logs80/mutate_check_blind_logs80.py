"""Mutation runs for check_blind_logs80.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value or heading value,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number listed as the id, a missing agency folder) run the real check on a copy in a temporary folder;
grouping-trap mutations (a subtotal or group count changed, a continued heading made a new group, a
group out of order, a stub pointing at the wrong heading, an address filed under the wrong street)
are applied to the `pdftotext -layout` text and fed to the text checks.
Run: python tests/documents/blind_logs80/mutate_check_blind_logs80.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs80 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    c = g[0]["case_numbers"]
    c.insert(7, c[2])
    g[0]["record_count"] += 1


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "4400 Nowhere Rd"


def m_type(g):
    g[-1]["sample_records"][2]["type"] = "Kidnapping"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("10/", "09/", 1).replace("Oct.", "Sept.", 1)


def m_relid(g):
    """a related number (booking, report, arrest, summons, citation) listed as the record's id"""
    e = next(x for x in g if x["related_numbers"])
    r = e["related_numbers"][0]
    e["case_numbers"][e["case_numbers"].index(r["record"])] = r["number"]


GT_MUTATIONS = [m_drop, m_swap, m_dup, m_loc, m_type, m_sha, m_pages, m_count, m_rel, m_both, m_date, m_relid]


def sub1(pattern, repl, t):
    new, n = re.subn(pattern, repl, t, count=1, flags=re.M)
    assert n == 1, pattern
    return new


TEXT_MUTATIONS = {
    "marchbank-oh-pd": [
        ("subtotal changed", lambda t: sub1(r"(Beat \d+ subtotal: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t)),
        ("continued heading made a new group", lambda t: sub1(r" \(continued\)$", "", t)),
        ("total changed", lambda t: sub1(r"(all beats: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - 1), t)),
    ],
    "tallisker-ky-pd": [
        ("Calls count changed", lambda t: sub1(r"(Calls: )(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) + 1), t)),
        ("address out of order", lambda t: sub1(r"^(ADDRESS: \d+) ALDER CT", r"\1 ZINNIA CT", t)),
        ("report number moved off its row", lambda t: sub1(r" +R25-\d{4}$", "", t)),
    ],
    "vellamy-ct-pd": [
        ("district listing count changed", lambda t: sub1(r"(District 2 \()(\d+)\)", lambda m: m.group(1) + str(int(m.group(2)) + 1) + ")", t)),
        ("This Wk total changed", lambda t: sub1(r"^( *Total Part I +)(\d+) ", lambda m: m.group(1) + str(int(m.group(2)) + 2) + " ", t)),
        ("row category out of order", lambda t: sub1(r"^(VP25-\d{5} +\S+ \d{4} +)Robbery ", r"\1Arson   ", t)),
    ],
    "durnhollow-me-pd": [
        ("heading count changed", lambda t: sub1(r"^(BURGLARY \()(\d+)\)", lambda m: m.group(1) + str(int(m.group(2)) - 1) + ")", t)),
        ("stub points at the wrong heading", lambda t: sub1(r"^See Burglary:", "See Trespass:", t)),
        ("offense total changed", lambda t: sub1(r"(lists )(\d+)( offenses)", lambda m: m.group(1) + str(int(m.group(2)) + 1) + m.group(3), t)),
    ],
    "ostwick-wy-pd": [
        ("street count changed", lambda t: sub1(r"^( +Birch St: )(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) + 1), t)),
        ("address filed under the wrong street", lambda t: sub1(r"^( +Addr +\d+) Birch St$", r"\1 Elm St", t)),
        ("numbered street before the alphabet", lambda t: sub1(r"^ASPEN DR$", "9TH ST", t)),
    ],
}


def main():
    caught = total = 0
    base_problems = C.check(SRC)[0]
    if base_problems:
        print("the unmutated set fails:", base_problems[:3])
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for folder in C.FOLDERS:
            for mut in GT_MUTATIONS:
                root = Path(tmp) / f"{folder}-{mut.__name__}"
                shutil.copytree(SRC, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
                gt = root / folder / "groundtruth.json"
                g = json.loads(gt.read_text())
                mut(g)
                gt.write_text(json.dumps(g, indent=1))
                total += 1
                ok = bool(C.check(root)[0])
                caught += ok
                if not ok:
                    print("NOT CAUGHT", folder, mut.__name__)
                shutil.rmtree(root)
            # folder removed
            root = Path(tmp) / f"{folder}-removed"
            shutil.copytree(SRC, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
            shutil.rmtree(root / folder)
            total += 1
            ok = bool(C.check(root)[0])
            caught += ok
            if not ok:
                print("NOT CAUGHT", folder, "removed")
            shutil.rmtree(root)
            entries = json.loads((SRC / folder / "groundtruth.json").read_text())
            e = entries[0]
            t = C.pdftext(SRC / folder / e["file"])
            for label, f in TEXT_MUTATIONS[folder]:
                total += 1
                ok = bool(C.check_text(folder, e["file"], f(t), e))
                caught += ok
                if not ok:
                    print("NOT CAUGHT", folder, label)
    print(f"{caught} of {total} caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
