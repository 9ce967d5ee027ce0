#if canImport(Glibc)
import Glibc
#endif

/// RFC 3339 UTC time with milliseconds, e.g. `2026-11-22T10:00:00.123Z`:
/// the journal's record stamps, the store's rows and the metrics file's
/// header all use it.
///
/// Built from `clock_gettime` and `gmtime_r`, not Foundation's ISO 8601
/// formatters: stamping a record costs no formatter allocation on the
/// writer's hot path, and a Foundation date format looks up the current
/// time zone through ICU, whose tables then stay in the daemon's memory
/// (5.6 MB of an idle daemon's RSS, for a stamp that is always UTC).
public enum Timestamp {
    /// Now.
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return string(seconds: Int(ts.tv_sec), milliseconds: Int(ts.tv_nsec / 1_000_000))
    }

    /// The instant `secondsSince1970` (Unix time, fractions kept to the
    /// millisecond, rounded down).
    public static func string(secondsSince1970: Double) -> String {
        let whole = secondsSince1970.rounded(.down)
        return string(seconds: Int(whole), milliseconds: min(999, Int((secondsSince1970 - whole) * 1000)))
    }

    static func string(seconds: Int, milliseconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
            + ".\(pad(Int32(milliseconds), 3))Z"
    }
}
