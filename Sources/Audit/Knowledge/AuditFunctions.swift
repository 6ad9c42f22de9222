import RuleEngine
import RuleLanguage

/// The functions the audit's rules may call: the engine's built-ins and the audit's own
/// reading of Chinese prose.
public enum AuditFunctions {
    public static let library = FunctionLibrary.builtIn.adding([mentions])

    /// mentions(text, name): the text names it, in full or by `mentionLength` consecutive
    /// characters of it ("农村公路改造滞后" mentions 改造农村公路 by 农村公路).
    public static let mentions = Function(
        "mentions", arity: 2...2, arguments: [.text], result: .always(.boolean), wording: "{1} 提到 {2}"
    ) { arguments in
        let (text, name) = try Operators.texts(arguments, for: "mentions")
        return .boolean(mentions(text, name))
    }

    /// Four characters are enough to recognise a Chinese indicator name in prose.
    static let mentionLength = 4

    static func mentions(_ text: String, _ name: String) -> Bool {
        if text.contains(name) { return true }
        let characters = Array(name)
        guard characters.count > mentionLength else { return false }
        return (0...(characters.count - mentionLength)).contains { start in
            text.contains(String(characters[start..<(start + mentionLength)]))
        }
    }
}
