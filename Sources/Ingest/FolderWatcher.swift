import CPosix
import Dispatch
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// Watches the inbox and admits complete files into the pipeline.
///
/// inotify is only the wake-up: a full scan at start, after every queue
/// overflow and at the rescan interval is the source of truth. Where
/// inotify cannot work (network file systems, no watches left) the watcher
/// polls instead, and says so.
///
/// Concurrency: every piece of mutable state lives in `state` and is
/// touched only on the serial `queue` (checked by `dispatchPrecondition`
/// in `mutate`); that confinement, which the compiler cannot see through
/// Dispatch, is why the class is `@unchecked Sendable`.
public final class FolderWatcher: @unchecked Sendable {
    public enum Mode: String, Sendable { case inotify, poll }

    public struct Options: Sendable, Equatable {
        public var recursive: Bool
        public var settleMilliseconds: Int
        public var rescanSeconds: Int
        /// nil: inotify where it works, else polling.
        public var forcedMode: Mode?
        public var excluded: Set<String>

        public init(recursive: Bool, settleMilliseconds: Int, rescanSeconds: Int, forcedMode: Mode?, excluded: Set<String>) {
            self.recursive = recursive
            self.settleMilliseconds = settleMilliseconds
            self.rescanSeconds = rescanSeconds
            self.forcedMode = forcedMode
            self.excluded = excluded
        }
    }

    public let root: String
    private let pipeline: Pipeline
    private let queue = DispatchQueue(label: "byline.watcher")
    private let log: @Sendable (String) -> Void

    private struct State {
        var tracker: ReadinessTracker
        var options: Options
        var mode = Mode.inotify
        var modeReason = ""
        var inotify: Inotify?
        var directories: [CInt: String] = [:]
        var readSource: (any DispatchSourceRead)?
        var tickTimer: (any DispatchSourceTimer)?
        var rescanTimer: (any DispatchSourceTimer)?
        var stopped = false
    }

    private var state: State

    /// Runs `body` on the state; only ever called on `queue`.
    private func mutate<T>(_ body: (inout State) throws(SystemError) -> T) throws(SystemError) -> T {
        dispatchPrecondition(condition: .onQueue(queue))
        return try body(&state)
    }

    private func mutate<T>(_ body: (inout State) -> T) -> T {
        dispatchPrecondition(condition: .onQueue(queue))
        return body(&state)
    }

    public init(root: String, pipeline: Pipeline, options: Options, log: @escaping @Sendable (String) -> Void) {
        self.root = root
        self.pipeline = pipeline
        self.log = log
        state = State(tracker: ReadinessTracker(settleNanoseconds: UInt64(options.settleMilliseconds) * 1_000_000), options: options)
    }

    /// The mode in use and why (for the log and the service status).
    public var mode: (Mode, String) { queue.sync { (state.mode, state.modeReason) } }

    /// Files seen but not yet admitted (being written or settling).
    public var waiting: Int { queue.sync { state.tracker.waiting } }

    /// Sets up inotify (or polling) and runs the start-up scan; files
    /// dropped while Byline was down are found here.
    public func start() throws(SystemError) {
        try FileSystem.makeDirectories(root)
        pipeline.onFinished { [weak self] name, done in self?.finished(name, done) }
        let result = queue.sync { Result { () throws(SystemError) in try startOnQueue() } }
        try result.get()
    }

    private func startOnQueue() throws(SystemError) {
        let options = state.options
        var mode = options.forcedMode ?? .inotify
        var reason = options.forcedMode == nil ? "inotify" : "configured"
        if options.forcedMode == nil && FileSystem.isNetworkFileSystem(root) {
            mode = .poll
            reason = "network file system: inotify would miss remote writes"
        }
        if mode == .inotify {
            do {
                try setUpInotify()
            } catch {
                guard options.forcedMode == nil else { throw error }
                mode = .poll
                reason = "inotify unavailable (\(error))"
            }
        }
        state.mode = mode
        state.modeReason = reason
        if mode == .poll { log("watching \(root) by polling: \(reason)") }
        rescan()
        startTimers()
    }

    /// No more admissions; in-flight files finish in the pipeline.
    public func stop() {
        queue.sync {
            mutate { s in
                s.stopped = true
                s.readSource?.cancel()
                s.tickTimer?.cancel()
                s.rescanTimer?.cancel()
                s.readSource = nil
                s.tickTimer = nil
                s.rescanTimer = nil
                s.inotify = nil
            }
        }
    }

    /// Reload: new settle time, rescan interval and exclusions.
    public func update(_ options: Options) {
        queue.async { [self] in
            mutate { s in
                s.options.settleMilliseconds = options.settleMilliseconds
                s.options.rescanSeconds = options.rescanSeconds
                s.options.excluded = options.excluded
                s.tracker.settleNanoseconds = UInt64(options.settleMilliseconds) * 1_000_000
            }
            startTimers()
        }
    }

    // MARK: inotify

    private static let fileMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF)

    private func setUpInotify() throws(SystemError) {
        let inotify = try Inotify(nonBlocking: true)
        let rootWatch = try inotify.watch(root, mask: Self.fileMask)
        let source = DispatchSource.makeReadSource(fileDescriptor: inotify.fd, queue: queue)
        source.setEventHandler { @Sendable [weak self] in self?.readEvents() }
        // The descriptor must outlive the source: closed only once it is cancelled.
        source.setCancelHandler { @Sendable in withExtendedLifetime(inotify) {} }
        mutate { s in
            s.inotify = inotify
            s.directories = [rootWatch: ""]
            s.readSource = source
        }
        source.activate()
    }

    private func addWatch(_ relative: String) {
        mutate { s in
            guard let inotify = s.inotify, !s.directories.values.contains(relative) else { return }
            let path = FileSystem.join(root, relative)
            guard !s.options.excluded.contains(path) else { return }
            do {
                let wd = try inotify.watch(path, mask: Self.fileMask)
                s.directories[wd] = relative
            } catch {
                log("cannot watch \(path): \(error); it is still scanned every \(s.options.rescanSeconds)s")
            }
        }
    }

    private func readEvents() {
        guard let inotify = mutate({ $0.inotify }) else { return }
        let events: [Inotify.Event]
        do {
            events = try inotify.read()
        } catch {
            log("reading inotify events failed: \(error); rescanning")
            rescan()
            return
        }
        let now = monotonicNow()
        var needsRescan = false
        for event in events {
            if event.isOverflow {
                log("inotify's event queue overflowed and events were lost; rescanning \(root) (raise fs.inotify.max_queued_events if this recurs)")
                needsRescan = true
                continue
            }
            if event.mask & UInt32(IN_DELETE_SELF) != 0 || event.mask & UInt32(IN_IGNORED) != 0 {
                let dir = mutate { $0.directories[event.watch] }
                if dir == "" {
                    log("the watched folder \(root) was removed; recreating it")
                    try? FileSystem.makeDirectories(root)
                    try? setUpInotifyAgain()
                } else if event.mask & UInt32(IN_IGNORED) != 0 {
                    // A sub-folder's watch is gone with it: forget it, so a
                    // folder made again under the same name is watched again.
                    mutate { _ = $0.directories.removeValue(forKey: event.watch) }
                }
                continue
            }
            guard let dir = mutate({ $0.directories[event.watch] }), !event.name.isEmpty,
                  !IgnoredNames.isIgnored(event.name) else { continue }
            let name = dir.isEmpty ? event.name : dir + "/" + event.name
            if event.mask & UInt32(IN_ISDIR) != 0 {
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && mutate({ $0.options.recursive }) {
                    addWatch(name)
                    needsRescan = true  // files may have landed before the watch existed
                }
                continue
            }
            var kind: ReadinessTracker.Event
            if event.mask & UInt32(IN_MOVED_TO) != 0 { kind = .movedIn }
            else if event.mask & UInt32(IN_CLOSE_WRITE) != 0 { kind = .closedAfterWrite }
            else if event.mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { kind = .removed }
            else if event.mask & UInt32(IN_CREATE) != 0 { kind = .created }
            else { kind = .modified }
            let status = kind == .closedAfterWrite || kind == .created ? try? FileSystem.status(FileSystem.join(root, name)) : nil
            if kind == .created, let status, status.kind != .regular || status.links > 1 {
                // A symlink, FIFO or hard link appears complete, with no
                // write to wait for: take it now (to reject or extract).
                kind = .movedIn
            }
            mutate { $0.tracker.observe(kind, name: name, status: status, now: now) }
        }
        if needsRescan { rescan() } else { pump() }
    }

    private func setUpInotifyAgain() throws(SystemError) {
        mutate { s in
            s.readSource?.cancel()
            s.readSource = nil
            s.inotify = nil
        }
        try setUpInotify()
    }

    // MARK: scanning and admission

    /// The full scan: the source of truth that inotify only hastens.
    private func rescan() {
        let (recursive, excluded, stopped) = mutate { ($0.options.recursive, $0.options.excluded, $0.stopped) }
        if stopped { return }
        let (files, directories) = FolderScanner(root: root, recursive: recursive, excluded: excluded).scan()
        if recursive && mutate({ $0.inotify != nil }) {
            for dir in directories { addWatch(dir) }
        }
        let now = monotonicNow()
        mutate { s in
            for file in files { s.tracker.observeScan(name: file.name, status: file.status, now: now) }
            s.tracker.forget(except: Set(files.map(\.name)))
        }
        pump()
    }

    /// Admits as many ready files as the pipeline has room for, then arms
    /// the settle tick only if some file is still settling or waiting: an
    /// idle watcher wakes for nothing but events and the rescan.
    private func pump() {
        let names = mutate { s -> [String] in
            if s.stopped { return [] }
            return s.tracker.admit(limit: pipeline.freeSlots, now: monotonicNow()) { name in
                try? FileSystem.status(FileSystem.join(root, name))
            }
        }
        for name in names { pipeline.submit(name) }
        armTick()
    }

    private func armTick() {
        mutate { s in
            let needed = !s.stopped && s.tracker.waitsOnTime
            if needed, s.tickTimer == nil {
                let tick = DispatchSource.makeTimerSource(queue: queue)
                let tickMs = max(10, min(250, s.options.settleMilliseconds / 4))
                tick.schedule(deadline: .now() + .milliseconds(tickMs), repeating: .milliseconds(tickMs))
                tick.setEventHandler { @Sendable [weak self] in self?.pump() }
                s.tickTimer = tick
                tick.activate()
            } else if !needed, let tick = s.tickTimer {
                tick.cancel()
                s.tickTimer = nil
            }
        }
    }

    private func finished(_ name: String, _ done: ReadinessTracker.Done) {
        queue.async { [self] in
            mutate { $0.tracker.finished(name, done, now: monotonicNow()) }
            pump()
        }
    }

    private func startTimers() {
        mutate { s in
            s.tickTimer?.cancel()
            s.rescanTimer?.cancel()
            // The settle tick is re-armed below at the (perhaps reloaded)
            // settle time, if files wait: the start-up scan has just found
            // them, and no event may come to wake the watcher.
            s.tickTimer = nil
            if s.stopped { return }
            // Polling rescans every second; with inotify, at the configured interval.
            let rescanEvery = s.mode == .poll ? min(1, s.options.rescanSeconds) : s.options.rescanSeconds
            let rescan = DispatchSource.makeTimerSource(queue: queue)
            rescan.schedule(deadline: .now() + .seconds(rescanEvery), repeating: .seconds(rescanEvery))
            rescan.setEventHandler { @Sendable [weak self] in self?.rescan() }
            s.rescanTimer = rescan
            rescan.activate()
        }
        armTick()
    }
}

/// Nanoseconds on the monotonic clock (not affected by clock changes).
func monotonicNow() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
