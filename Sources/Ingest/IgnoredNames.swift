/// Names writers use while a file is still being written, to rename it
/// into place when done: hidden files and `.tmp`, `.part`, `~` files are
/// never read.
public enum IgnoredNames {
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".tmp") || name.hasSuffix(".part") || name.hasSuffix("~")
    }
}
