#ifndef BYLINE_CMODELDATA_H
#define BYLINE_CMODELDATA_H
#include <stddef.h>
/* Data the entity recogniser reads, linked into the binary with .incbin: no
 * file is read at run time, and the bytes stay out of Swift source (a
 * multi-megabyte array literal compiles slowly).
 * - byline-ner.bin: the trained model (byline train, scripts/train-model);
 * - byline-words.tsv: word frequency bands and name flags
 *   (scripts/generate-word-data.py). */
const unsigned char *byline_ner_model_bytes(void);
size_t byline_ner_model_size(void);
const unsigned char *byline_words_bytes(void);
size_t byline_words_size(void);
#endif
