/// A list of plain values in room the tagger set aside for a sentence:
/// an append is a store. The beam's arrays asked the runtime whether their
/// buffer was shared at every append, swap and removal, 1.3 million calls
/// on `eng.testa` (`valgrind --tool=callgrind`). A token's features are
/// one too (`FeatureList`).
struct FixedList<Element: BitwiseCopyable> {
    private let room: UnsafeMutableBufferPointer<Element>
    private(set) var count = 0

    init(room: UnsafeMutableBufferPointer<Element>) { self.room = room }

    var isEmpty: Bool { count == 0 }

    /// The elements, in the room where they lie.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(rebasing: room[0..<count]) }
    var first: Element? { count > 0 ? room[0] : nil }

    @inline(__always)
    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count, "index out of the list")
            return room[i]
        }
        set {
            precondition(i >= 0 && i < count, "index out of the list")
            room[i] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        precondition(count < room.count, "more than the room set aside")
        room[count] = element
        count += 1
    }

    @inline(__always)
    mutating func removeLast() {
        precondition(count > 0, "removeLast of an empty list")
        count -= 1
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func swapAt(_ i: Int, _ j: Int) {
        let a = self[i]
        self[i] = self[j]
        self[j] = a
    }

    /// Sorts the elements, stably: by insertion while they are few (the
    /// beam's candidates, at most `width` squared and mostly in order
    /// already), else by the standard library's sort, also stable (a wide
    /// beam has thousands).
    @inline(__always)
    mutating func sort(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 32 else {
            for i in 1..<max(1, count) {
                let e = room[i]
                var k = i
                while k > 0, areInIncreasingOrder(e, room[k - 1]) {
                    room[k] = room[k - 1]
                    k -= 1
                }
                room[k] = e
            }
            return
        }
        var elements = UnsafeMutableBufferPointer(rebasing: room[0..<count])
        elements.sort(by: areInIncreasingOrder)
    }

    /// Whether any element satisfies `predicate`.
    @inline(__always)
    func contains(where predicate: (Element) -> Bool) -> Bool {
        for i in 0..<count where predicate(room[i]) { return true }
        return false
    }
}
