import CModelData

extension NERModel {
    /// The model shipped in the binary, trained by `byline train` on
    /// OntoNotes (see scripts/train-model) and linked as its table's image
    /// (`NERModel.image`). Loaded once, on first use, for processes that
    /// keep it (the command line, tests).
    public static let builtin: NERModel? = loadBuiltin()

    /// The shipped model loaded anew: the daemon's own copy, which it lets
    /// go when idle (`builtin` is never freed).
    public static func loadBuiltin() -> NERModel? {
        guard let start = byline_ner_image_bytes() else { return nil }
        let bytes = UnsafeRawBufferPointer(start: start, count: byline_ner_image_size())
        defer { byline_linked_bytes_release(start, bytes.count) }
        return try? NERModel(image: bytes)
    }

    /// The linked image, for the test that pins it to the model file.
    static var linkedImage: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: byline_ner_image_bytes(), count: byline_ner_image_size())
    }
}
