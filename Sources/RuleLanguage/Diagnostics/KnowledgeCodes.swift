/// The catalogue of knowledge-base diagnostic codes: what each means, in one line.
/// knowledge/README.md shows it; the fixture tests check every code has a fixture.
public enum KnowledgeCodes {
    public struct Entry: Sendable {
        public let code: String
        public let summary: String
        /// Raised only if the checker missed something the engine caught.
        public let internalOnly: Bool
    }

    private static func entry(_ code: String, _ summary: String, internalOnly: Bool = false) -> Entry {
        Entry(code: code, summary: summary, internalOnly: internalOnly)
    }

    public static let all: [Entry] = [
        entry("KB001", "expected something else here (syntax)"),
        entry("KB002", "a text has no closing quote"),
        entry("KB003", "a character that has no meaning here"),
        entry("KB004", "not a number (a unit glued to it, say)"),
        entry("KB005", "a line before any template, parameter or rule"),
        entry("KB006", "unknown field"),
        entry("KB007", "a line that is neither a field nor in a block"),
        entry("KB008", "given: or expect: outside an example"),
        entry("KB009", "an expectation that is not a quoted message, nothing, or a fact"),
        entry("KB010", "unknown slot type"),
        entry("KB011", "unknown aggregation"),
        entry("KB020", "unknown template"),
        entry("KB021", "unknown slot"),
        entry("KB022", "unknown parameter"),
        entry("KB023", "a variable used where it is not bound"),
        entry("KB024", "types that do not fit (a number compared with a text, say)"),
        entry("KB025", "a rule, template, slot, parameter or label declared twice"),
        entry("KB026", "a rule id that is not kebab-case"),
        entry("KB027", "a required field missing (title; for findings severity, message, recommendation)"),
        entry("KB028", "a severity other than high, medium, low"),
        entry("KB029", "a message placeholder that names no variable"),
        entry("KB030", "an invalid regular expression"),
        entry("KB031", "unknown function"),
        entry("KB032", "a function given the wrong number of arguments"),
        entry("KB033", "an example refers to a label it does not define"),
        entry("KB034", "a basis that names no document"),
        entry("KB035", "retract or modify of a variable that is not a fact"),
        entry("KB036", "a variable bound twice"),
        entry("KB037", "a rule without when: or then:"),
        entry("KB038", "a bare name outside a pattern (text without quotes, say)"),
        entry("KB039", "a value that is not allowed here"),
        entry("KB040", "the engine rejected a rule the checker accepted", internalOnly: true),
        entry("KB041", "an example without expect:"),
        entry("KB042", "a file that cannot be read (missing, not UTF-8)"),
        entry("KB043", "a basis declared without document, scope or verified, or verified without a quote"),
        entry("KB044", "a basis: that names no declared basis"),
        entry("KB045", "an expression nested more than 100 levels deep (brackets, not, minus signs, or a chain of operators)"),
        entry("KB101", "a variable bound and never used (warning)"),
        entry("KB102", "a parameter no rule uses (warning)"),
        entry("KB103", "a finding rule without policy basis, or a parameter with neither basis nor rationale (warning)"),
        entry("KB104", "a rule without an example that fires, or one that stays quiet (warning)"),
        entry("KB105", "a condition that can never hold (warning)"),
        entry("KB106", "two finding rules that fire on the same facts in every example (warning)"),
        entry("KB107", "a basis not verified that gives no reason, or one written out instead of declared (warning)"),
        entry("KB108", "a finding rule citing only measures for project spending (warning)"),
        entry("KB109", "a title that writes out a parameter's value instead of naming it (warning)"),
        entry("KB110", "a rule that derives, from facts it derived, new facts with a computed slot: it can go on without end (warning)"),
    ]
}
