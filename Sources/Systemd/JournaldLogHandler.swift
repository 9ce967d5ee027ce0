import Logging

/// A swift-log handler that writes to the systemd journal with
/// `PRIORITY=`, `SYSLOG_IDENTIFIER=` and the metadata as fields, used when
/// Byline runs under systemd (`JOURNAL_STREAM` names our stderr).
public struct JournaldLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let journald = Journald()

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [JournaldField] = []
        func add(_ name: String, _ value: String) {
            if let f = JournaldField(name, value) { fields.append(f) }
        }
        add("MESSAGE", event.message.description)
        add("PRIORITY", String(Self.priority(event.level)))
        add("SYSLOG_IDENTIFIER", "byline")
        add("BYLINE_LOGGER", label)
        add("CODE_FILE", event.file)
        add("CODE_LINE", String(event.line))
        add("CODE_FUNC", event.function)
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            add("BYLINE_" + key.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined(), "\(value)")
        }
        journald.send(fields)
    }

    /// syslog priorities, as journald expects them.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// True when stderr is connected to the journal (systemd sets
    /// `JOURNAL_STREAM=device:inode` of that stream).
    public static var stderrIsJournal: Bool {
        guard let stream = getenvString("JOURNAL_STREAM") else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return stream == "\(st.st_dev):\(st.st_ino)"
    }
}

#if canImport(Glibc)
import Glibc
#endif
