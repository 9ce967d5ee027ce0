import CPosix

/// The process's heap, for callers that know a burst of memory has just
/// been freed.
public enum Memory {
    /// Returns freed heap memory to the system. glibc keeps what a thread
    /// freed in that thread's arena for its next allocation: after a large
    /// file, each extraction thread sat on a couple of hundred megabytes
    /// the next large file, on another thread, could not reuse.
    public static func trim() {
        _ = byline_malloc_trim()
    }

    /// Makes allocations of `bytes` or more (a large article's text, its
    /// mentions, its record) mapped on their own and unmapped when freed.
    /// glibc otherwise raises this threshold each time such a block is
    /// freed, up to 32 MiB, so the next large article's arrays came from
    /// the heap and left it fragmented (four 15 MB articles one after the
    /// other peaked 76 MB above one alone).
    public static func mapLargeAllocations(from bytes: Int) {
        _ = byline_malloc_mmap_threshold(CInt(clamping: bytes))
    }
}
