#include "CModelData.h"
#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

static size_t rounded(size_t bytes) { return (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1); }

void *byline_weight_table_alloc(size_t bytes) {
    size_t length = rounded(bytes);
    /* Room to start on a 2 MiB boundary; the unaligned ends go back. */
    void *mapped = mmap(NULL, length + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)mapped + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    size_t head = start - (uintptr_t)mapped;
    if (head > 0) munmap(mapped, head);
    size_t tail = HUGE_PAGE - head;
    if (tail > 0) munmap((void *)(start + length), tail);
    /* Only a hint: where transparent huge pages are off ("never"), the
     * table is in ordinary pages and works the same, more slowly. */
    (void)madvise((void *)start, length, MADV_HUGEPAGE);
    return (void *)start;
}

void byline_weight_table_free(void *table, size_t bytes) {
    if (table != NULL) munmap(table, rounded(bytes));
}
