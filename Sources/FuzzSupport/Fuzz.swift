#if canImport(Glibc)
import Glibc
#endif

/// What the fuzz targets share. Built with `-D FUZZING -sanitize=fuzzer`
/// (`scripts/hunt/fuzz`), a target hands its inputs to libFuzzer's driver;
/// built plainly, it replays the inputs named on its command line (a crash
/// libFuzzer saved, a corpus file), so a finding can be run under a
/// debugger.
public enum Fuzz {
    /// The target's test, for the C callback libFuzzer calls. Written once,
    /// before the driver starts and from its one thread: that is why the
    /// unguarded global is safe.
    nonisolated(unsafe) static var body: ([UInt8]) -> Void = { _ in }

    public static func main(_ test: @escaping ([UInt8]) -> Void) -> Never {
        body = test
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            Fuzz.body(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            replay(path)
        }
        exit(0)
        #endif
    }

    static func replay(_ path: String) {
        guard let file = fopen(path, "rb") else {
            print("cannot open \(path)")
            exit(2)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        fclose(file)
        body(bytes)
        print("\(path): ok")
    }
}

#if FUZZING
/// libFuzzer's entry point for programs with their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

#if FUZZING
/// libFuzzer's runtime archive also carries a `main` that calls this; the
/// target's own `main` (`Fuzz.main`) is the one linked, but the reference
/// must resolve.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzz.body(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#endif
