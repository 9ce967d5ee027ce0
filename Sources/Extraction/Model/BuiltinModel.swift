import CModelData

extension NERModel {
    /// The model shipped in the binary, trained by `byline train` on
    /// OntoNotes (see scripts/train-model). Parsed once, on first use, for
    /// processes that keep it (the command line, tests).
    public static let builtin: NERModel? = loadBuiltin()

    /// The shipped model parsed anew: the daemon's own copy, which it lets
    /// go when idle (`builtin` is never freed).
    public static func loadBuiltin() -> NERModel? {
        guard let start = byline_ner_model_bytes() else { return nil }
        let bytes = UnsafeRawBufferPointer(start: start, count: byline_ner_model_size())
        defer { byline_linked_bytes_release(start, bytes.count) }
        return try? NERModel(bytes: bytes)
    }
}
