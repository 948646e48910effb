"""Mutation runs for check_blind_logs89.py: each broken copy of the set must fail the check.

Ground-truth mutations run the real check on a copy in a temporary folder; text mutations (a
record's layout trap broken in the `pdftotext -layout` text) are fed to the layout check.
Run: python tests/documents/blind_logs89/mutate_check_blind_logs89.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs89 as C  # noqa: E402

FOLDERS = sorted(p.parent.name for p in SRC.glob("*/groundtruth.json"))


def gt(fn, folder=0):
    def apply(root):
        p = root / FOLDERS[folder] / "groundtruth.json"
        g = json.loads(p.read_text())
        fn(g)
        p.write_text(json.dumps(g, indent=1))
    return apply


def drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def set_(key, idx, val):
    def f(g):
        g[0]["sample_records"][idx][key] = val
    return f


def field(key, val):
    def f(g):
        g[0][key] = val(g[0][key])
    return f


def unprinted_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ999999"})


def id_as_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def rel_wrong_record(g):
    r = g[0]["related_numbers"][0]
    others = [x for x in g[0]["case_numbers"] if x != r["record"]]
    r["record"] = others[0]


def add_stat_number(g):
    """A number from the statistics pages listed as a record."""
    g[0]["case_numbers"].insert(0, "2025-2")
    g[0]["record_count"] += 1


def remove_folder(root):
    shutil.rmtree(root / FOLDERS[2])


GT = [("drop id", gt(drop)), ("swap ids", gt(swap, 1)), ("duplicate id", gt(dup, 2)),
      ("wrong location", gt(set_("location", 1, "1 Nowhere Rd"), 3)),
      ("wrong reported date", gt(set_("reported_at", 2, "01/01/2025 0000"), 4)),
      ("wrong type", gt(set_("type", 0, "Arson"))), ("wrong disposition", gt(set_("disposition", 1, "Exceptionally cleared"), 2)),
      ("sha256", gt(field("sha256", lambda v: "0" * 64), 1)), ("pages", gt(field("pages", lambda v: v + 1), 3)),
      ("record_count", gt(field("record_count", lambda v: v + 1), 4)),
      ("unprinted related", gt(unprinted_rel)), ("id also related", gt(id_as_rel, 1)),
      ("related on wrong record", gt(rel_wrong_record, 3)), ("stat number as record", gt(add_stat_number, 4)),
      ("missing agency", remove_folder)]


def text_mut(folder, fn):
    def run():
        root = SRC / folder
        e = json.loads((root / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(root / e["file"]), "-"]).replace("\f", "\f\n")
        t2 = fn(t)
        assert t2 != t, folder
        return bool(C.check_layout(folder, e["file"], t2, e, C.records(folder, t2)))
    return run


TEXT = [
    ("a cited case not in the appendix", text_mut(FOLDERS[0], lambda t: re.sub(r"case AP25-\d{5} \(see", "case AP25-99999 (see", t, count=1))),
    ("a district subtotal changed", text_mut(FOLDERS[1], lambda t: re.sub(r"subtotal: (\d+)", lambda m: f"subtotal: {int(m.group(1)) + 1}", t, count=1))),
    ("a log label in the front matter", text_mut(FOLDERS[2], lambda t: t.replace("Message from the Chief", "Log No.: see below", 1))),
    ("id moved to the date line", text_mut(FOLDERS[3], lambda t: re.sub(r"(hrs\. )", r"\1Report DC25-00001. ", t, count=1))),
    ("a month subtotal changed", text_mut(FOLDERS[4], lambda t: re.sub(r"subtotal: (\d+)", lambda m: f"subtotal: {int(m.group(1)) - 1}", t, count=1))),
]


def main():
    caught, total = 0, 0
    for name, fn in GT:
        total += 1
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "set"
            shutil.copytree(SRC, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
            fn(root)
            folders = sorted(p.parent for p in root.glob("*/groundtruth.json"))
            problems = [] if len(folders) == 5 else ["folders"]
            for f in folders:
                problems += C.check(f)
            ok = bool(problems)
        caught += ok
        print(("caught " if ok else "MISSED ") + name)
    for name, fn in TEXT:
        total += 1
        ok = fn()
        caught += ok
        print(("caught " if ok else "MISSED ") + name)
    print(f"{caught} of {total} caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
