#include "CModelData.h"
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

/* Rebuild after scripts/generate-model-image or scripts/generate-word-index writes new
 * data: touch this file (the build does not track .incbin inputs). */
__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    "byline_ner_image_start:\n"
    ".incbin \"byline-ner.image\"\n"
    "byline_ner_image_end:\n"
    ".byte 0\n"
    ".balign 16\n"
    "byline_word_index_start:\n"
    ".incbin \"byline-words.index\"\n"
    "byline_word_index_end:\n"
    ".byte 0\n"
    ".previous\n");

extern const unsigned char byline_ner_image_start[];
extern const unsigned char byline_ner_image_end[];
extern const unsigned char byline_word_index_start[];
extern const unsigned char byline_word_index_end[];

const unsigned char *byline_ner_image_bytes(void) { return byline_ner_image_start; }
size_t byline_ner_image_size(void) { return (size_t)(byline_ner_image_end - byline_ner_image_start); }
const unsigned char *byline_word_index_bytes(void) { return byline_word_index_start; }
size_t byline_word_index_size(void) { return (size_t)(byline_word_index_end - byline_word_index_start); }

void byline_linked_bytes_release(const unsigned char *start, size_t size) {
    long page = sysconf(_SC_PAGESIZE);
    if (start == NULL || page <= 0) return;
    /* Only pages wholly inside the bytes: the ones at the edges share
     * their page with other data. */
    uintptr_t mask = (uintptr_t)page - 1;
    uintptr_t from = ((uintptr_t)start + mask) & ~mask;
    uintptr_t to = ((uintptr_t)start + size) & ~mask;
    if (to > from) (void)madvise((void *)from, to - from, MADV_DONTNEED);
}
