/// A numeric type's one-word entity is a number or a word OntoNotes gives
/// that type on its own (`today`, `annual`, `dozens`: `table`, generated
/// from its training split). The tagger now and then closes a date or a
/// count on a word that never is one there (`the [end] of the talks`,
/// `a [mid]-size car`, `[last]`), the start of a longer reading it then
/// gave up: such an entity is dropped.
enum OneWordEntities {
    /// Whether `entity` may stand: it is of no numeric type, holds
    /// anything but ASCII letters, or is a word of its type's table.
    static func mayStand(_ entity: Entity) -> Bool {
        guard let words = table[entity.label],
              entity.text.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return true }
        return words.contains(entity.text.lowercased())
    }
}
