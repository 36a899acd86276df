import Foundation

/// ICU's own `Hant-Hans` transform: the reference `HantHansTransliterator` and `ScriptConverter`
/// are tested against. The product no longer calls ICU for it.
enum ICUReference {
    static let hantHans = StringTransform("Hant-Hans")
}
