import CSystemd

/// The service manager's notification socket (`NOTIFY_SOCKET`), through
/// libsystemd's `sd_notify`.
///
/// Outside systemd the socket is unset and every call is a no-op, so the
/// daemon runs the same in a terminal.
public struct Notifier: Sendable {
    public init() {}

    /// True when a service manager is listening.
    public var isActive: Bool {
        guard let socket = getenvString("NOTIFY_SOCKET") else { return false }
        return !socket.isEmpty
    }

    /// Sends `state` (newline-separated `KEY=value` assignments).
    /// Returns false when no manager listens or the send failed.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        sd_notify(0, state) > 0
    }

    public func ready(status: String) { notify("READY=1\nSTATUS=\(status)") }
    public func status(_ status: String) { notify("STATUS=\(status)") }
    public func stopping() { notify("STOPPING=1") }
    public func watchdog() { notify("WATCHDOG=1") }

    /// The watchdog interval the manager expects pings within, if enabled
    /// for this process.
    public var watchdogMicroseconds: UInt64? {
        var usec: UInt64 = 0
        return sd_watchdog_enabled(0, &usec) > 0 ? usec : nil
    }
}

func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}

#if canImport(Glibc)
import Glibc
#endif
