/// Wording every message catalogue uses, in the current language.
public enum CommonWording {
    /// "参见 'audit rules list'" / "see 'audit rules list'": where to look next.
    public static func see(_ command: String) -> String {
        localized("参见 '\(command)'", english: "see '\(command)'")
    }

    /// Names in a list: "a、b" / "a, b".
    public static func list(_ names: some Sequence<String>) -> String {
        names.joined(separator: localized("、", english: ", "))
    }

    /// The note beside a second declaration, pointing at the first.
    public static var firstDeclaredHere: String { localized("第一次声明在这里", english: "first declared here") }
}
