import SystemPackage

/// A failed system call: which call, on what, and the typed `errno` it set.
///
/// Carrying the call name and path makes journal and log messages useful
/// ("open(/inbox/a.txt): Permission denied") without each caller formatting
/// its own errors.
public struct SystemError: Error, CustomStringConvertible, Sendable, Equatable {
    public let call: String
    public let path: String?
    public let errno: Errno

    public init(call: String, path: String? = nil, errno: Errno) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    public var description: String {
        if let path { return "\(call)(\(path)): \(errno)" }
        return "\(call): \(errno)"
    }
}
