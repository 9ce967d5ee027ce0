#!/usr/bin/env python3
"""Generate Sources/CModelData/include/byline-words.tsv, the word facts the
learned entity recogniser reads as features:

  word <TAB> frequency band <TAB> name flags

- frequency band: the word's Zipf frequency in English (wordfreq, pinned
  below), in half steps (2 = 1.0-1.5 ... 15 = 7.5-8.0); the 50,000 most
  frequent words. A capitalised word the language rarely uses is likely a
  name; a frequent one opening a sentence likely is not.
- name flags: F for a first name, L for a surname, from the US census name
  lists in the `names` package (pinned below): every first name, the 20,000
  most common surnames.

Run: python3 scripts/generate-word-data.py   (needs PyPI once; installs the
packages into a temporary virtualenv). The output is committed; then
scripts/generate-word-index writes the index the binary links (CModelData),
and retrain: scripts/train-model.
"""
import os

import pypi_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/CModelData/include/byline-words.tsv")
PACKAGES = ["wordfreq==3.1.1", "names==0.3.0"]
TOP_WORDS = 50000
TOP_SURNAMES = 20000

INNER = r'''
import json, os, sys, wordfreq, names
top, surnames = int(sys.argv[1]), int(sys.argv[2])
words = {}
for w in wordfreq.top_n_list("en", top):
    if "\t" in w or "\n" in w or " " in w:
        continue
    words[w] = [int(wordfreq.zipf_frequency(w, "en") * 2), ""]
d = os.path.dirname(names.__file__)
def read(name, limit=None):
    out = []
    with open(os.path.join(d, name)) as f:
        for line in f:
            if line.strip():
                out.append(line.split()[0].lower())
            if limit and len(out) >= limit:
                break
    return out
for w in read("dist.male.first") + read("dist.female.first"):
    words.setdefault(w, [0, ""])
    if "F" not in words[w][1]:
        words[w][1] += "F"
for w in read("dist.all.last", surnames):
    words.setdefault(w, [0, ""])
    if "L" not in words[w][1]:
        words[w][1] += "L"
json.dump(words, sys.stdout)
'''


def main():
    import json
    words = json.loads(pypi_venv.run(PACKAGES, INNER, str(TOP_WORDS), str(TOP_SURNAMES)))
    with open(OUT, "w", encoding="utf-8") as f:
        for w in sorted(words):
            band, flags = words[w]
            f.write(f"{w}\t{band}\t{flags}\n")
    print(f"{len(words)} words -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
