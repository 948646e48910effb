"""Labelled sentences learned from whole replies read by a person.

A reply is labelled as a whole (its statuses), not sentence by sentence. To let such
replies teach the sentence model, each reply is read by a model fitted on the shipped
sentences, and:

- a sentence the model already reads as one of the reply's statuses is kept with
  that status (the new voice of a known statement);
- a sentence read as a status the reply does not have becomes ``none`` (an agency's
  boilerplate: fee categories in an acknowledgement, appeal rights in a release);
- a status of the reply no sentence was read as takes its most likely sentence.

Used by ``prr classify retrain --corpus`` and by the benchmark, which gives it only the
replies of agencies other than the one it scores.
"""
from __future__ import annotations

from prr.replies.reply_model import NONE, SentenceModel
from prr.replies.reply_reading import VOTE

KEEP_AT = 0.30      # a sentence this likely to state one of the reply's statuses teaches it
ADOPT_AT = 0.10     # the best sentence for an unread status must be at least this likely


def reply_sentences(text: str, attachment_text: str = "", subject: str = "") -> list[str]:
    from prr.replies.classify import MAX_ATTACHMENT_CHARS, MAX_BODY_CHARS, _prepare

    t = _prepare([(subject, 500), (text, MAX_BODY_CHARS), (attachment_text, MAX_ATTACHMENT_CHARS)])
    return [t.text[s:e].strip() for s, e in zip(t.starts, t.ends) if t.text[s:e].strip()]


def learn_from_reply(sentences: list[str], statuses: list[str], model: SentenceModel) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    wanted = [s for s in statuses if s != "other"]
    probs = model.predict(sentences)
    seen = set()
    for sent, p in zip(sentences, probs):
        label = max(p, key=p.get)
        if label == NONE:
            continue
        if label in wanted and p[label] >= KEEP_AT:
            out.append((sent, label))
            seen.add(label)
        elif label not in wanted and p[label] >= VOTE:
            out.append((sent, NONE))
    for status in wanted:
        if status in seen or not sentences:
            continue
        i = max(range(len(sentences)), key=lambda k: probs[k].get(status, 0.0))
        if probs[i].get(status, 0.0) >= ADOPT_AT:
            out.append((sentences[i], status))
    return out


def corpus_sentences(rows: list[dict], readings: dict[str, dict], model: SentenceModel) -> list[tuple[str, str]]:
    """Labelled sentences from corpus replies (``rows``) and our reading of each (by id)."""
    out = []
    for r in rows:
        reading = readings.get(r["id"])
        if not reading:
            continue
        sentences = reply_sentences(r.get("text") or "", r.get("attachment_text") or "")
        out.extend(learn_from_reply(sentences, reading["statuses"], model))
    return out


def load_corpus(corpus_dir) -> tuple[list[dict], dict[str, dict]]:
    """The corpus replies (``corpus_dir``/replies/replies.jsonl) and our reading of each,
    from the case table kept with the tests (tests/classify/cases/corpus_replies.yaml)."""
    import json
    from pathlib import Path

    import yaml

    path = Path(corpus_dir).expanduser() / "replies" / "replies.jsonl"
    table = Path(__file__).resolve().parents[2] / "tests" / "classify" / "cases" / "corpus_replies.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"corpus replies not found at {path}")
    if not table.is_file():
        raise FileNotFoundError(f"our reading of the corpus ({table}) is not installed with this copy of prr")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    readings = {c["id"]: c for c in yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]}
    return rows, readings
