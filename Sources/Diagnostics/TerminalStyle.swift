/// Bold and coloured text for a terminal, or the text unchanged when colour is off.
public struct TerminalStyle: Sendable {
    public enum Colour: String, Sendable {
        case red = "31", yellow = "33", cyan = "36"
    }

    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Bold and in colour.
    public func colored(_ text: String, _ colour: Colour) -> String {
        enabled ? "\u{1B}[1;\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }
}
