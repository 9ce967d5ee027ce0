import ArgumentParser
import Journal
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// `byline tail JDIR [-f]`: the latest records, human-readable.
struct Tail: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tail", abstract: "Show the latest journal records; -f follows new ones.")

    @Argument(help: "Journal folder.") var journal: String
    @Option(name: [.customShort("n"), .long], help: "How many records to show first.") var lines: Int = 10
    @Flag(name: .shortAndLong, help: "Keep following the journal as records are appended.") var follow = false

    func run() throws {
        if follow {
            // A follower must stop on SIGTERM/SIGINT even when started by a
            // parent that blocks or ignores them (both are inherited by exec).
            var set = sigset_t()
            sigemptyset(&set)
            for s in [SIGTERM, SIGINT, SIGHUP] {
                sigaddset(&set, s)
                signal(s, SIG_DFL)
            }
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
        }
        // Watch before the first read, so nothing appended in between is missed.
        let inotify = follow ? try Inotify(nonBlocking: false) : nil
        if let inotify {
            try FileSystem.makeDirectories(journal)
            try inotify.watch(journal, mask: UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO))
        }
        var cursor = JournalCursor(directory: journal)
        var last: [JournalRecord] = []
        while let record = try cursor.next() {
            last.append(record)
            if last.count > max(lines, 0) { last.removeFirst() }
        }
        for record in last { Output.print(RecordView.summary(record)) }
        guard let inotify else { return }
        while true {
            _ = try inotify.read()  // blocks until the journal changes
            while let record = try cursor.next() { Output.print(RecordView.summary(record)) }
        }
    }
}
