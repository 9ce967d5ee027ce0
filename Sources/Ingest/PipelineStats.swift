/// Counters for the status line and the log.
public struct PipelineStats: Sendable, Equatable {
    public var articles = 0
    public var duplicates = 0
    public var rejected = 0
    /// Files found already journaled (a restart after a crash) and settled.
    public var resettled = 0
    /// Files whose record is durable but that could not be moved or
    /// deleted (logged; left in place until they change).
    public var settleFailures = 0
    /// Files replaced under their name while in the pipeline: the record
    /// is of the file that was read; the new one is read afresh.
    public var replaced = 0
    /// Reads put off for a passing failure (`EMFILE`, `ENOMEM`, `EIO`).
    public var deferred = 0
    /// Why intake is paused (the journal's disk is full), nil while it runs.
    public var paused: String?
    /// False between a refused batch and its retry: the watcher admits nothing.
    var admitting = true
    /// Files read, being extracted, or waiting for the journal.
    public var inFlight = 0
    /// Of those, the ones not yet handed to the commit stage (read, hashed,
    /// extracted): what a commit may wait for (`Pipeline.gatherWindow`).
    var extracting = 0

    public var journaled: Int { articles + duplicates + rejected }
}
