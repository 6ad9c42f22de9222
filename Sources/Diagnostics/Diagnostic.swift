/// The one error type a person ever sees: from the rule linter, the report reader,
/// the engine and the command line alike.
///
/// `code` is stable across releases (e.g. `KB012`) so that documentation, tests and
/// users' scripts can refer to it; `message` is the one-line summary; `notes` and
/// `help` add context and a suggested fix.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange?
    public var notes: [Note]
    public var help: String?

    public init(
        code: String,
        severity: Severity = .error,
        message: String,
        range: SourceRange? = nil,
        notes: [Note] = [],
        help: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.help = help
    }

    /// A secondary message, optionally pointing at another place.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// `file:line:column: severity[CODE]: message`, without source excerpt.
    public var description: String {
        var head = ""
        if let range { head = "\(range.start.description(in: range.file)): " }
        return "\(head)\(severity.label)[\(code)]: \(message)"
    }
}

public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// As a person reads it, in the current language: `错误` / `error`.
    public var label: String {
        switch self {
        case .note: localized("注", english: "note")
        case .warning: localized("警告", english: "warning")
        case .error: localized("错误", english: "error")
        }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, position, then code: the order in which they are printed.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            let fa = a.range?.file ?? "", fb = b.range?.file ?? ""
            if fa != fb { return fa < fb }
            let la = a.range?.start ?? .init(line: 0, column: 0)
            let lb = b.range?.start ?? .init(line: 0, column: 0)
            if la != lb { return la < lb }
            return a.code < b.code
        }
    }
}
