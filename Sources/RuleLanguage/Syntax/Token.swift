import Diagnostics

/// A token of a knowledge file, with its place.
struct Token: Equatable {
    enum Kind: Equatable {
        /// A name: `indicator-table`, `weight`, `not`, `附件1`.
        case identifier(String)
        /// `?name`
        case variable(String)
        /// `$name`
        case parameter(String)
        /// A decimal number; `10%` is the number 10 (percentage points).
        case number(String, percent: Bool)
        /// A quoted text, without its quotes and with escapes resolved.
        case text(String)
        /// Punctuation and operators, normalised to ASCII (`：` is `:`, `≥` is `>=`).
        case symbol(String)
    }

    let kind: Kind
    let range: SourceRange

    var symbol: String? {
        if case .symbol(let s) = kind { return s }
        return nil
    }

    var identifier: String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }

    func isSymbol(_ s: String) -> Bool { symbol == s }
    func isKeyword(_ s: String) -> Bool { identifier == s }

    /// How the token reads in a message.
    var display: String {
        switch kind {
        case .identifier(let s): "'\(s)'"
        case .variable(let s): "'?\(s)'"
        case .parameter(let s): "'$\(s)'"
        case .number(let s, let percent): "'\(s)\(percent ? "%" : "")'"
        case .text: localized("一段文本", english: "a text")
        case .symbol(let s): "'\(s)'"
        }
    }
}
