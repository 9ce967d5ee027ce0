#ifndef BYLINE_CMODELDATA_H
#define BYLINE_CMODELDATA_H
#include <stddef.h>
/* The trained entity model (byline-ner.bin beside this header), linked into
 * the binary with .incbin: no file is read at run time, and the bytes stay
 * out of Swift source (a multi-megabyte array literal compiles slowly). */
const unsigned char *byline_ner_model_bytes(void);
size_t byline_ner_model_size(void);
#endif
