import Posix

/// Decides when a file in the watched folder is complete and may be read.
///
/// One state per name, driven by inotify events and folder scans:
///
/// | state      | entered by                          | ready when                              |
/// |------------|-------------------------------------|-----------------------------------------|
/// | `writing`  | created or modified, not yet closed | closed or renamed in; or unchanged across two scans |
/// | `settling` | closed after writing, or found by a scan | size and mtime unchanged for the settle time |
/// | `ready`    | renamed in (atomic), or settled     | now                                     |
/// | `admitted` | handed to the pipeline              | (the pipeline reports it done)          |
///
/// A writer that pauses mid-file keeps the file in `writing` for a whole
/// rescan interval at least; only a file no event and no scan has seen
/// change for that long goes on to settle. That is what frees a file whose
/// close event never came: lost in an inotify queue overflow, or never
/// sent (a file written through `O_TMPFILE` and linked in). The settle
/// heuristic alone applies where no events exist (polling, and files
/// already present at start-up).
public struct ReadinessTracker: Sendable {
    enum State: Equatable {
        /// With the status the last scan found, nil until a scan has seen
        /// it since the last event.
        case writing(FileStatus?)
        case settling(FileStatus, since: UInt64)
        case ready
        case admitted
        /// Changed again while in the pipeline: looked at afresh once done.
        case admittedDirty
        /// Processed and left in place (settle action "leave"): ignored by
        /// scans until it changes.
        case done(FileStatus)
    }

    public enum Event: Sendable {
        case created, modified, closedAfterWrite, movedIn, removed
    }

    private(set) var states = StateTable()
    public var settleNanoseconds: UInt64

    /// Every name's state, with the settling ones and a queue of the ready
    /// ones kept beside it, so that admitting costs what is admitted and
    /// settling, not a sort of the whole folder: with 10,000 files renamed
    /// in at once, sorting every state at every admission was the watcher's
    /// main cost.
    struct StateTable: Sendable {
        private(set) var all: [String: State] = [:]
        private(set) var settling: Set<String> = []
        private var readyQueue: [String] = []
        private var readyHead = 0

        subscript(name: String) -> State? {
            get { all[name] }
            set {
                let old = all[name]
                all[name] = newValue
                if case .settling? = old { settling.remove(name) }
                if case .settling? = newValue { settling.insert(name) }
                if newValue == .ready, old != .ready { readyQueue.append(name) }
            }
        }

        var values: Dictionary<String, State>.Values { all.values }

        /// Whether a ready name may be queued (the queue may hold names
        /// that have moved on since; `popReady` skips them).
        var mayHaveReady: Bool { readyHead < readyQueue.count }

        /// Up to `limit` ready names, oldest first, now admitted.
        mutating func popReady(limit: Int) -> [String] {
            var out: [String] = []
            while out.count < limit, readyHead < readyQueue.count {
                let name = readyQueue[readyHead]
                readyHead += 1
                if all[name] == .ready {
                    self[name] = .admitted
                    out.append(name)
                }
            }
            if readyHead > 1024 && readyHead * 2 > readyQueue.count {
                readyQueue.removeFirst(readyHead)
                readyHead = 0
            }
            return out
        }
    }

    public init(settleNanoseconds: UInt64) {
        self.settleNanoseconds = settleNanoseconds
    }

    public mutating func observe(_ event: Event, name: String, status: FileStatus?, now: UInt64) {
        let current = states[name]
        if current == .admitted || current == .admittedDirty {
            if event != .removed { states[name] = .admittedDirty }
            return
        }
        switch event {
        case .created, .modified:
            states[name] = .writing(nil)
        case .closedAfterWrite:
            if let status { states[name] = .settling(status, since: now) } else { states[name] = nil }
        case .movedIn:
            states[name] = .ready
        case .removed:
            states[name] = nil
        }
    }

    /// A scan found `name`. Files being written stay so until two scans in
    /// a row find them unchanged; unknown files start settling; a changed
    /// file restarts its settle time.
    public mutating func observeScan(name: String, status: FileStatus, now: UInt64) {
        switch states[name] {
        case nil:
            states[name] = .settling(status, since: now)
        case .writing(let old?)? where old == status:
            states[name] = .settling(status, since: now)
        case .writing?:
            states[name] = .writing(status)
        case .settling(let old, _)? where old != status:
            states[name] = .settling(status, since: now)
        case .done(let old)? where old != status:
            states[name] = .settling(status, since: now)
        default:
            break
        }
    }

    /// Names a scan no longer found are forgotten (deleted, moved out).
    public mutating func forget(except present: Set<String>) {
        for (name, state) in states.all where !present.contains(name) && state != .admitted && state != .admittedDirty {
            // (done files that vanished are forgotten too)
            states[name] = nil
        }
    }

    /// Promotes settled files using their current status (`stat` returns nil
    /// for vanished names), and returns up to `limit` ready names, now
    /// admitted: in the order they became ready, those that became ready
    /// together in name order.
    public mutating func admit(limit: Int, now: UInt64, stat: (String) -> FileStatus?) -> [String] {
        guard limit > 0 else { return [] }
        var promoted: [String] = []
        for name in states.settling {
            guard case .settling(let seen, let since)? = states[name] else { continue }
            guard let current = stat(name) else {
                states[name] = nil
                continue
            }
            if current != seen {
                states[name] = .settling(current, since: now)
            } else if now &- since >= settleNanoseconds {
                promoted.append(name)
            }
        }
        for name in promoted.sorted() { states[name] = .ready }
        return states.popReady(limit: limit)
    }

    /// What became of a file the pipeline is done with.
    public enum Done: Sendable, Equatable {
        /// Moved or deleted (or it vanished): nothing left to watch.
        case gone
        /// Still in the folder on purpose (settle action "leave", or a
        /// settle that failed and was logged): ignored until it changes.
        case left(FileStatus)
        /// Another file has the name now (replaced while in flight): a new
        /// arrival, to be settled and read afresh.
        case again(FileStatus)
    }

    /// The pipeline is done with `name`. A file changed meanwhile is looked
    /// at again.
    public mutating func finished(_ name: String, _ done: Done, now: UInt64) {
        switch done {
        case .again(let status):
            states[name] = .settling(status, since: now)
        case .left(let status) where states[name] == .admittedDirty:
            states[name] = .settling(status, since: now)
        case .left(let status):
            states[name] = .done(status)
        case .gone:
            states[name] = nil
        }
    }

    /// Whether some file waits on the clock (settling) or for room in the
    /// pipeline (ready): only then does the watcher need its settle tick.
    /// Files being written wait on events, which wake the watcher anyway.
    public var waitsOnTime: Bool { !states.settling.isEmpty || states.mayHaveReady }

    /// Files seen but not yet handed to the pipeline.
    public var waiting: Int {
        states.values.filter {
            switch $0 {
            case .writing, .settling, .ready: return true
            default: return false
            }
        }.count
    }
}
