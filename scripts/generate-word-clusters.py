#!/usr/bin/env python3
"""Generate Sources/CModelData/include/byline-clusters.tsv, the word clusters
the learned entity recogniser reads as features:

  word <TAB> coarse cluster <TAB> fine cluster

Words that appear in the same contexts fall in the same cluster (`Tuesday`
and `Friday`; `Mr.` and `Mrs.`; `Milwaukee` and `Bordeaux`), so a word the
labelled data never shows still shares weights with those it does: the
word representations that lifted classical taggers by one to three points
(Ratinov and Roth 2009; Turian et al. 2010).

How: every lower-cased word (digits folded to 0) seen at least MIN_COUNT
times in the unlabelled text is described by the words one and two places
to its left and right (the CONTEXTS most frequent words, positive PMI),
reduced to DIMENSIONS by a truncated SVD, normalised, and clustered twice by
k-means (COARSE and FINE clusters, fixed seeds).

Text: ../shared/data/ontonotes/train-raw.txt (every sentence of OntoNotes'
training split, all genres) and the tokens of CoNLL-2003's eng.train;
research data, read here, never committed: only this table of words and
cluster numbers is.

Run: python3 scripts/generate-word-clusters.py   (numpy and scipy; installs
them into a temporary virtualenv when missing). The output is committed; then
scripts/generate-word-index writes the index the binary links (CModelData),
and retrain: scripts/train-model.
"""
import os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/CModelData/include/byline-clusters.tsv")
DATA = os.environ.get("BYLINE_DATA", os.path.join(ROOT, "..", "shared", "data"))
PACKAGES = ["numpy==2.2.6", "scipy==1.15.3"]
MIN_COUNT, CONTEXTS, DIMENSIONS, COARSE, FINE = 5, 4000, 128, 128, 1024


def sentences():
    with open(os.path.join(DATA, "ontonotes", "train-raw.txt"), encoding="utf-8") as f:
        for line in f:
            yield line.split()
    words = []
    with open(os.path.join(DATA, "conll2003", "eng.train"), encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if words:
                    yield words
                words = []
            else:
                words.append(cols[0])
    if words:
        yield words


def fold(w):
    return "".join("0" if c.isdigit() else c for c in w.lower())


def seeds(data, k, rng):
    """k-means++ seeding: the centres scipy's kmeans2(minit="++") picks
    from the same generator, the same bytes out. scipy measures every
    point against every centre so far at each step, k squared passes over
    the data (the 1,024 fine clusters of 25,000 words ran for more than 20
    minutes); here each point's distance to its nearest centre so far is
    kept, one pass per centre (the whole script: 28 seconds)."""
    import numpy as np
    from scipy.spatial.distance import cdist
    init = np.empty((k, data.shape[1]))
    init[0, :] = data[rng.integers(data.shape[0]), :]
    nearest = cdist(init[:1, :], data, metric="sqeuclidean")[0]
    for i in range(1, k):
        cumprobs = (nearest / nearest.sum()).cumsum()
        init[i, :] = data[np.searchsorted(cumprobs, rng.uniform()), :]
        nearest = np.minimum(nearest, cdist(init[i:i + 1, :], data, metric="sqeuclidean")[0])
    return init


def main():
    import numpy as np
    from collections import Counter
    from scipy import sparse
    from scipy.sparse.linalg import svds
    from scipy.cluster.vq import kmeans2

    corpus = [[fold(w) for w in s] for s in sentences()]
    counts = Counter(w for s in corpus for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT and "\t" not in w), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in corpus:
        padded = ["<s>", "<s>"] + s + ["</s>", "</s>"]
        for k in range(2, len(padded) - 2):
            i = index.get(padded[k])
            if i is None:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                c = contexts.get(padded[k + offset])
                if c is not None:
                    rows.append(i)
                    cols.append(slot * CONTEXTS + c)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 4 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col] + 1e-12))
    keep = pmi > 0
    ppmi = sparse.coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=np.random.RandomState(7))
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    _, coarse = kmeans2(vectors, seeds(vectors, COARSE, np.random.default_rng(11)), iter=25, minit="matrix")
    _, fine = kmeans2(vectors, seeds(vectors, FINE, np.random.default_rng(13)), iter=25, minit="matrix")
    with open(OUT, "w", encoding="utf-8") as f:
        for w in sorted(vocab):
            f.write(f"{w}\t{coarse[index[w]]}\t{fine[index[w]]}\n")
    print(f"{len(vocab)} words, {COARSE} and {FINE} clusters -> {OUT}")


if __name__ == "__main__":
    try:
        import numpy, scipy  # noqa: F401
        main()
    except ImportError:
        with tempfile.TemporaryDirectory() as venv:
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
            pip = os.path.join(venv, "bin", "pip")
            subprocess.run([pip, "install", "-q"] + PACKAGES, check=True)
            subprocess.run([os.path.join(venv, "bin", "python"), os.path.abspath(__file__)], check=True)
