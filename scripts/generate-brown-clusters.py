#!/usr/bin/env python3
"""Generate Sources/CModelData/include/byline-brown.tsv, the Brown clusters
the learned entity recogniser reads as features beside its own k-means ones
(byline-clusters.tsv):

  word <TAB> cluster path

A Brown cluster path is a word's place in a binary tree of words merged by
how well they predict their neighbours (`0110100110`): words sharing a
long prefix share their company (`london` and `paris`, `monday` and
`tuesday`), and prefixes of several lengths give several granularities at
once (Ratinov and Roth 2009 used 4, 6, 10 and 20 bits). The clusters are
spaCy's `lexeme_cluster` table for English from PyPI's spacy-lookups-data
(pinned below; MIT): 1,000 clusters over about 190,000 words of text far
larger than the labelled data. Our own clusters cover 18,275 words of
OntoNotes' and CoNLL's text; of the development tokens whose word the
training split never shows, they know 3% and these 56%. The recogniser
reads a word's path where our own clusters do not know the word
(`NERFeatures`).

The table keeps a word under its lower case with digits folded to 0 (the
key the recogniser looks clusters up by, `WordClusters`), taking the path of
its most probable written form (the package's `lexeme_prob`); the package
stores each path reversed as a number, low bit first, which loses the
path's trailing zeros, and paths are cut to 15 bits (the index's 16-bit
field holds a leading 1 and the path).

Run: python3 scripts/generate-brown-clusters.py   (needs PyPI once; installs
the package into a temporary virtualenv). The output is committed; then
scripts/generate-word-index writes the index the binary links (CModelData),
and retrain: scripts/train-model.
"""
import json, os

import pypi_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/CModelData/include/byline-brown.tsv")
PACKAGES = ["spacy-lookups-data==1.0.5"]
MAX_BITS = 15

INNER = r'''
import gzip, json, os, spacy_lookups_data
data = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
tables = []
for name in ("en_lexeme_cluster.json.gz", "en_lexeme_prob.json.gz"):
    with gzip.open(os.path.join(data, name)) as f:
        tables.append(json.load(f))
print(json.dumps(tables))
'''


def fold(w):
    return "".join("0" if c.isdigit() else c for c in w.lower())


def path(value):
    """The cluster's path, first branch first: the package's number read
    from its low bit up."""
    bits = ""
    while value:
        bits += "1" if value & 1 else "0"
        value >>= 1
    return bits[:MAX_BITS]


def main():
    clusters, prob = json.loads(pypi_venv.run(PACKAGES, INNER))
    best = {}
    for word, value in clusters.items():
        if not value or any(c in word for c in "\t\n\r "):
            continue
        key, p = fold(word), prob.get(word, -100.0)
        # The most probable form decides; ties by the form, so the output
        # does not rest on the JSON's order.
        if key not in best or (p, word) > best[key][:2]:
            best[key] = (p, word, path(value))
    with open(OUT, "w", encoding="utf-8") as f:
        for key in sorted(best):
            bits = best[key][2]
            if bits:
                f.write(f"{key}\t{bits}\n")
    print(f"{len(best)} words -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
