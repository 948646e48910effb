"""Mutation runs for check_blind_logs95.py: each broken copy of the set must fail the check.

Ground-truth mutations (per agency: a duplicated id, a dropped id, a related number listed as an
id, a wrong sample value, a wrong sha256; and a removed agency folder) run the real check on a
copy in a temporary folder. Trap mutations (a ######## cell given a date, a changed total, a
Summary count changed, an id in the Lists tab, the right part missing an id, a comment moved to
another row, a Seq number changed, a wrapped value unwrapped, an id on a right-hand page, an
overflow half dropped) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs95/mutate_check_blind_logs95.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs95 as C  # noqa: E402


def m_dup(e):
    e["case_numbers"][4] = e["case_numbers"][3]


def m_drop(e):
    e["case_numbers"].pop(7)
    e["record_count"] -= 1


def m_both(e):
    e["case_numbers"][10] = e["related_numbers"][0]["number"]


def m_sample(e):
    e["sample_records"][1]["location"] = "1 NOWHERE PLAZA"


def m_sample_type(e):
    e["sample_records"][2]["type"] = "ARSON"


def m_sha(e):
    e["sha256"] = "0" * 64


GT_MUTATIONS = [m_dup, m_drop, m_both, m_sample, m_sample_type, m_sha]


def sub1(pattern, repl, text):
    new = re.sub(pattern, repl, text, count=1, flags=re.M)
    assert new != text, pattern
    return new


def t_ash_hash(e, t):
    return sub1(r"^(AR25-\d{5}\s+)########", r"\g<1>10/9/25 1:00", t)


def t_ash_total(e, t):
    return sub1(r"^Total calls(\s+)(\d+)", lambda m: f"Total calls{m.group(1)}{int(m.group(2)) + 1:d}", t)


def t_ash_arrest(e, t):
    return sub1(r"^(AR25-\d{5}\s.*\s)ARREST(\s)", r"\1ADVISED\2", t)


def t_bel_summary(e, t):
    return sub1(r"^(Trespass\s+)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 2), t)


def t_bel_lists(e, t):
    return sub1(r"^(RT\s+Report taken)", r"BC25-99999 \1", t)


def t_bel_tab(e, t):
    return t.replace("Dispatch log Oct 20-26", "Dispatch log Oct 2O-26")


def t_cor_right(e, t):
    i = t.find("General Location")
    j = t.find(e["case_numbers"][5], i)
    return t[:j] + "CFU-25-0000" + t[j + len(e["case_numbers"][5]):]


def t_cor_comment(e, t):
    c = e["comments"][1]["cell"]
    return sub1("^" + c + ":", c[0] + str(int(c[1:]) + 1) + ":", t)


def t_cor_order(e, t):
    pages = t.split("\f")
    pages[0], pages[-3] = pages[-3], pages[0]
    return "\f".join(pages)


def t_dun_seq(e, t):
    return sub1(r"^(Seq\s+1\s+)2(\s)", r"\g<1>3\2", t)


def t_dun_unwrap(e, t):
    w = e["wrapped_records"][0]
    first, rest = w["nature"].rsplit(" ", 1)
    i = t.find(w["record"])
    j = t.find(first, i)
    return t[:j] + w["nature"] + t[j + len(first):]


def t_dun_total(e, t):
    return sub1(r"Incidents on sheet: (\d+)", "Incidents on sheet: 999", t)


def t_elm_rightid(e, t):
    pages = t.split("\f")
    pages[1] = e["case_numbers"][0] + " " + pages[1]
    return "\f".join(pages)


def t_elm_dropright(e, t):
    right = e["cuts"][3]["right"]
    assert right in t
    return t.replace(right, "", 1)


def t_elm_day(e, t):
    return sub1(r"^Day of 10/(\d\d)/2025", lambda m: f"Day of 10/{int(m.group(1)) + 1:02d}/2025", t)


TEXT_MUTATIONS = {
    "ashgrove-ridge-or-pd": [t_ash_hash, t_ash_total, t_ash_arrest],
    "bellmoor-county-mn-so": [t_bel_summary, t_bel_lists, t_bel_tab],
    "corrin-falls-university-dps": [t_cor_right, t_cor_comment, t_cor_order],
    "dunmore-heights-nj-pd": [t_dun_seq, t_dun_unwrap, t_dun_total],
    "elmstead-village-wi-pd": [t_elm_rightid, t_elm_dropright, t_elm_day],
}


def main():
    if C.check_all(SRC):
        print("the unmutated set does not pass its check")
        return 1
    caught = missed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in C.FOLDERS:
            for mut in GT_MUTATIONS:
                root = Path(tmp) / (f"{folder}-{mut.__name__}")
                for f in C.FOLDERS:
                    shutil.copytree(SRC / f, root / f)
                g = json.loads((root / folder / "groundtruth.json").read_text())
                mut(g[0])
                (root / folder / "groundtruth.json").write_text(json.dumps(g))
                ok = bool(C.check_all(root))
                caught += ok
                missed += not ok
                print("{} {} / {}".format("caught" if ok else "MISSED", folder, mut.__name__))
            root = Path(tmp) / ("removed-" + folder)
            for f in C.FOLDERS:
                if f != folder:
                    shutil.copytree(SRC / f, root / f)
            ok = bool(C.check_all(root))
            caught += ok
            missed += not ok
            print("{} removed folder {}".format("caught" if ok else "MISSED", folder))
    for folder, muts in TEXT_MUTATIONS.items():
        for e in json.loads((SRC / folder / "groundtruth.json").read_text()):
            text = C.pdftext(SRC / folder / e["file"])
            if C.LAYOUT[folder](e, text):
                print("the unmutated text fails", folder)
                return 1
            for mut in muts:
                ok = bool(C.LAYOUT[folder](e, mut(e, text)))
                caught += ok
                missed += not ok
                print("{} {} / {} ({})".format("caught" if ok else "MISSED", folder, mut.__name__, e["file"]))
    print(f"{caught:d} mutations caught, {missed:d} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
