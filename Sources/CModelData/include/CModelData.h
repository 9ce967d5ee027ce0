#ifndef BYLINE_CMODELDATA_H
#define BYLINE_CMODELDATA_H
#include <stddef.h>
/* Data the entity recogniser reads, linked into the binary with .incbin: no
 * file is read at run time, and the bytes stay out of Swift source (a
 * multi-megabyte array literal compiles slowly).
 * - byline-ner.image: the trained model (byline-ner.bin, what byline train
 *   writes, scripts/train-model) as the table the recogniser reads,
 *   copied at start rather than built (`byline model-image`,
 *   scripts/generate-model-image);
 * - byline-words.index: the word tables as the recogniser reads them, an
 *   index by word hash (`byline word-index`, scripts/generate-word-index)
 *   of byline-words.tsv, word frequency bands and name flags
 *   (scripts/generate-word-data.py), byline-clusters.tsv, word
 *   clusters from unlabelled news text (scripts/generate-word-clusters.py),
 *   and byline-brown.tsv, Brown cluster paths
 *   (scripts/generate-brown-clusters.py); read where it lies, never
 *   parsed. */
const unsigned char *byline_ner_image_bytes(void);
size_t byline_ner_image_size(void);
const unsigned char *byline_word_index_bytes(void);
size_t byline_word_index_size(void);
/* Says the linked bytes from `start` for `size` will not be read again
 * soon: the whole pages among them leave the process's memory (madvise
 * MADV_DONTNEED; the bytes are the executable's, never written, so a later
 * read, such as a reload of the model, faults them back in from the file
 * unchanged). Said of the model's image once it is copied into its
 * table, and of the word index when the daemon lets its model go. Left
 * resident, the model's 4 MB stayed in every daemon's RSS for as long as
 * it ran, and the word index's pages that articles had touched (2 MB
 * after the seeds) in an idle one's. */
void byline_linked_bytes_release(const unsigned char *start, size_t size);
/* A hint that `p` will be read soon: the recogniser asks for every
 * feature's slot of its weight table before it reads any, so the cache
 * misses overlap instead of queueing. */
static inline void byline_prefetch(const void *p) { __builtin_prefetch(p); }
/* The weight table's memory, zero-filled: mapped on its own, on a 2 MiB
 * boundary, with transparent huge pages asked for (madvise). The table is
 * 9 MB read at random, one lookup per feature: in 4 KiB pages nearly
 * every lookup also missed the TLB. NULL when nothing can be mapped. */
void *byline_weight_table_alloc(size_t bytes);
void byline_weight_table_free(void *table, size_t bytes);
#endif
