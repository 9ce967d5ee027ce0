#!/usr/bin/env python3
"""Convert a CoNLL-2003 file into one article per -DOCSTART- for scoring.

  python3 scripts/conll-to-articles.py ../shared/data/conll2003/eng.testa OUT_DIR

writes OUT_DIR/texts/doc-NNNN.txt (the document's sentences, one per line,
lightly detokenised) and OUT_DIR/gold/doc-NNNN.json (entities with code-point
offsets and CoNLL labels PER/LOC/ORG/MISC), the layout score.py reads:

  byline extract OUT_DIR/texts/*.txt > pred.jsonl
  python3 ../shared/eval/score.py OUT_DIR/gold pred.jsonl --map conll

The output is derived from research data: keep it out of the repository.
"""
import json, os, sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'S", "n't", "%", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$"}


def documents(path):
    doc, sent = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent: doc.append(sent); sent = []
                if doc: yield doc
                doc = []
            elif not line.strip():
                if sent: doc.append(sent); sent = []
            else:
                parts = line.split()
                sent.append((parts[0], parts[-1]))
    if sent: doc.append(sent)
    if doc: yield doc


def render(doc):
    text, entities = "", []
    for sentence in doc:
        if text: text += "\n"
        open_ent, prev = None, None
        for token, tag in sentence:
            if prev is not None and token not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
                text += " "
            start = len(text)
            text += token
            kind = tag[2:] if tag != "O" else None
            # IOB1: I-X continues an X entity unless a B-X starts a new one.
            continues = open_ent and kind == open_ent["label"] and not tag.startswith("B-")
            if open_ent and not continues:
                entities.append(open_ent); open_ent = None
            if kind and not continues:
                open_ent = {"start": start, "end": len(text), "label": kind}
            elif continues:
                open_ent["end"] = len(text)
            prev = token
        if open_ent: entities.append(open_ent)
    for e in entities:
        e["text"] = text[e["start"]:e["end"]]
    return text + "\n", entities


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    n = 0
    for n, doc in enumerate(documents(src), 1):
        text, entities = render(doc)
        name = f"doc-{n:04d}"
        with open(os.path.join(out, "texts", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"doc": name, "entities": entities, "claims": []}, f)
    print(f"{n} articles -> {out}")


if __name__ == "__main__":
    main()
