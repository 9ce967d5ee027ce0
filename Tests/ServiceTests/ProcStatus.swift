import Foundation

/// The value of field `name` in a `/proc/.../status` file (`RssAnon`,
/// `SigCgt`, `voluntary_ctxt_switches`), without its tabs and spaces:
/// `"1234 kB"`, `"0000000000004a02"`, `"17"`. Nil when the file or the
/// field is not there (the process or thread has ended).
func procStatusField(_ path: String, _ name: String) -> String? {
    guard let status = try? String(contentsOfFile: path, encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
    return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
}
