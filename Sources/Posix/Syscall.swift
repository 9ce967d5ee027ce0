#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The one gate through which Byline makes system calls.
///
/// Every call is retried while it fails with `EINTR` (a signal arrived
/// mid-call: SIGHUP for reload is routine for a daemon), and any other
/// failure becomes a typed ``SystemError``, in the manner of swift-nio's
/// `System.swift`.
@inline(__always)
public func syscall<T: FixedWidthInteger>(
    _ name: String, path: String? = nil, _ body: () -> T
) throws(SystemError) -> T {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = Errno(rawValue: currentErrno())
        if code == .interrupted { continue }
        throw SystemError(call: name, path: path, errno: code)
    }
}

/// Same as ``syscall(_:path:_:)`` for calls that return a pointer and signal
/// failure with `NULL` (`opendir`, `fdopendir`).
@inline(__always)
public func syscallPointer<T>(
    _ name: String, path: String? = nil, _ body: () -> T?
) throws(SystemError) -> T {
    while true {
        if let result = body() { return result }
        let code = Errno(rawValue: currentErrno())
        if code == .interrupted { continue }
        throw SystemError(call: name, path: path, errno: code)
    }
}

@inline(__always)
func currentErrno() -> CInt {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    return errno
    #endif
}
