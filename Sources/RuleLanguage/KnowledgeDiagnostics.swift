import Diagnostics
import RuleEngine

/// Every message the knowledge-base tools show, by stable code. KB0xx are errors in
/// what a file says; KB1xx are warnings from `audit rules lint`. Codes never change
/// meaning; knowledge/README.md lists them.
extension Diagnostic {
    private static func suggestion(_ word: String, _ known: some Sequence<String>) -> String? {
        Suggestions.closest(to: word, among: known).map { "did you mean '\($0)'?" }
    }

    // MARK: Syntax (KB001–KB011)

    static func expected(_ what: String, found: Token?, at range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB001", message: "expected \(what)" + (found.map { ", found \($0.display)" } ?? " at the end of the line"), range: range)
    }

    static func unterminatedText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB002", message: "this text has no closing quote", range: range, help: "close it with \" on the same line")
    }

    static func unexpectedCharacter(_ character: Character, _ range: SourceRange) -> Diagnostic {
        // Sentence punctuation out of habit: conditions and fields end without it.
        if ";；。".contains(character) {
            return Diagnostic(
                code: "KB003", message: "unexpected character '\(character)'", range: range,
                help: "a condition or field ends at the end of its line, without punctuation: remove '\(character)'")
        }
        // A full-width form typed in Chinese input mode: name the half-width character meant.
        let meant = character.unicodeScalars.first.flatMap { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0).map(Character.init) : nil
        }
        return Diagnostic(
            code: "KB003", message: "unexpected character '\(character)'", range: range,
            help: meant.map { "this is the full-width '\(character)'; write the half-width '\($0)' (switch the input method to English)" })
    }

    static func invalidNumber(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB004", message: "'\(text)' is not a number", range: range,
            help: "write the number alone (units go in the message or the parameter's 'unit:'); put words in quotes")
    }

    static func expectedDeclaration(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB005", message: "expected 'template', 'parameter' or 'rule' to start a declaration", range: range)
    }

    static func unknownField(_ name: String, in kind: String, known: Set<String>, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB006", message: "unknown field '\(name)' in a \(kind)", range: range,
            notes: [Note("the fields of a \(kind) are: \(known.sorted().joined(separator: ", "))")],
            help: suggestion(name, known))
    }

    static func expectedField(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB007", message: "expected a field such as 'title:', or a line of a 'when:', 'then:' or 'given:' block",
            range: range)
    }

    static func outsideExample(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB008", message: "'\(name):' belongs inside an example", range: range, help: "start the example with 'example: what it shows'")
    }

    static func unquotedExpectation(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB009", message: "an expectation is a message in quotes, 'nothing', or a fact", range: range,
            help: "write expect: \"the message the rule should give\"")
    }

    static func unknownType(_ name: Located<String>) -> Diagnostic {
        let known = ValueType.allCases.map(\.rawValue) + ["reference"]
        return Diagnostic(
            code: "KB010", message: "unknown slot type '\(name.value)'", range: name.range,
            notes: [Note("types are: \(known.joined(separator: ", "))")], help: suggestion(name.value, known))
    }

    static func unknownAggregate(_ name: Located<String>) -> Diagnostic {
        let known = ["count", "sum", "min", "max", "collect"]
        return Diagnostic(
            code: "KB011", message: "unknown aggregation '\(name.value)'", range: name.range,
            notes: [Note("aggregations are: \(known.joined(separator: ", "))")], help: suggestion(name.value, known))
    }

    // MARK: Meaning (KB020–KB049)

    static func unknownTemplate(_ name: Located<String>, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB020", message: "unknown template '\(name.value)'", range: name.range,
            notes: [Note("templates are declared with 'template' (see knowledge/facts.rules)")],
            help: suggestion(name.value, known))
    }

    static func unknownSlot(_ name: Located<String>, template: String, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB021", message: "template '\(template)' has no slot '\(name.value)'", range: name.range,
            notes: [Note("its slots are: \(known.joined(separator: ", "))")], help: suggestion(name.value, known))
    }

    static func unknownParameter(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB022", message: "unknown parameter '$\(name)'", range: range,
            help: Suggestions.closest(to: name, among: known).map { "did you mean '$\($0)'?" })
    }

    static func unboundVariable(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB023", message: "variable '?\(name)' is not bound here", range: range,
            notes: [Note("a variable is bound by a pattern of an earlier condition, e.g. indicator(weight: ?\(name))")],
            help: Suggestions.closest(to: name, among: known).map { "did you mean '?\($0)'?" })
    }

    static func typeMismatch(_ message: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB024", message: message, range: range)
    }

    static func duplicate(_ kind: String, _ name: String, _ range: SourceRange, first: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB025", message: "\(kind) '\(name)' is declared twice", range: range,
            notes: [Note("first declared here", range: first)])
    }

    static func invalidRuleID(_ id: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB026", message: "rule id '\(id.value)' is not kebab-case", range: id.range,
            help: "use lower-case ASCII words joined by '-', e.g. 'balance-over-limit'; put Chinese in 'title:'")
    }

    static func missingField(_ field: String, rule: Located<String>, why: String) -> Diagnostic {
        Diagnostic(code: "KB027", message: "rule '\(rule.value)' has no '\(field):'", range: rule.range, notes: [Note(why)])
    }

    static func invalidSeverity(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB028", message: "severity '\(field.text)' is not high, medium or low", range: field.range,
            help: Suggestions.closest(to: field.text, among: ["high", "medium", "low"]).map { "did you mean '\($0)'?" }
                ?? "write high (高), medium (中) or low (低)")
    }

    static func unknownPlaceholder(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB029", message: "placeholder '{\(name)}' names no variable of the rule", range: range,
            notes: known.isEmpty ? [] : [Note("the rule binds: \(known.map { "?\($0)" }.joined(separator: ", "))")],
            help: Suggestions.closest(to: name, among: known).map { "did you mean '{\($0)}'?" })
    }

    static func invalidRegularExpression(_ pattern: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB030", message: "'\(pattern)' is not a valid regular expression", range: range)
    }

    static func unknownFunction(_ name: Located<String>, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB031", message: "unknown function '\(name.value)'", range: name.range,
            notes: [Note("functions are: \(known.joined(separator: ", "))")], help: suggestion(name.value, known))
    }

    static func wrongArgumentCount(_ name: String, expected: String, got: Int, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB032", message: "\(name) takes \(expected), given \(got)", range: range)
    }

    static func unknownLabel(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB033", message: "'\(name)' is not a label of this example's facts", range: range,
            notes: [Note("label a fact with 'name: template(…)' to refer to it; text goes in quotes")],
            help: suggestion(name, known))
    }

    static func basisIncomplete(_ name: Located<String>, _ what: String, why: String) -> Diagnostic {
        Diagnostic(code: "KB043", message: "basis '\(name.value)' \(what)", range: name.range, notes: [Note(why)])
    }

    static func unknownBasis(_ field: TextField, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB044", message: "no basis named '\(field.text)' is declared", range: field.range,
            help: Suggestions.closest(to: field.text, among: known).map { "did you mean '\($0)'?" } ?? "declare it: basis \(field.text) (see basis.rules)")
    }

    static func invalidBasis(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB034", message: "a basis names a document: 《title》 or a number such as 财预〔2020〕10号",
            range: field.range, help: "e.g. basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号 第十五条")
    }

    static func notAFact(_ name: Located<String>, action: String) -> Diagnostic {
        Diagnostic(
            code: "KB035", message: "'?\(name.value)' is not bound to a fact, so it cannot be \(action)", range: name.range,
            help: "bind the fact in a condition: ?\(name.value): template(…)")
    }

    static func alreadyBound(_ name: Located<String>, first: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB036", message: "variable '?\(name.value)' is already bound", range: name.range,
            notes: [Note("bound here", range: first)], help: "choose another name")
    }

    static func missingBlock(_ block: String, rule: Located<String>) -> Diagnostic {
        Diagnostic(code: "KB037", message: "rule '\(rule.value)' has no '\(block):' block", range: rule.range)
    }

    static func slotOutsidePattern(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB038", message: "'\(name)' is not a variable, parameter or value", range: range,
            help: "variables start with ?, parameters with $, and text is written in quotes: \"\(name)\"")
    }

    static func invalidValue(_ what: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB039", message: what, range: range)
    }

    static func engineRejected(_ diagnostic: Diagnostic, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB040", message: "the engine rejected this rule: \(diagnostic.message)", range: range, help: diagnostic.help)
    }

    // MARK: Lint warnings (KB101–)

    static func unusedVariable(_ name: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB101", severity: .warning, message: "variable '?\(name.value)' is bound but never used", range: name.range,
            help: "remove it, or name it ?_\(name.value) to say it is deliberately unused")
    }

    static func unusedParameter(_ name: Located<String>) -> Diagnostic {
        Diagnostic(code: "KB102", severity: .warning, message: "parameter '$\(name.value)' is used by no rule", range: name.range)
    }

    static func missingBasis(_ rule: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB103", severity: .warning, message: "rule '\(rule.value)' cites no policy basis", range: rule.range,
            help: "add basis: 《document》 number article")
    }

    static func missingRationale(_ name: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB103", severity: .warning, message: "parameter '$\(name.value)' says neither where its value comes from nor why", range: name.range,
            help: "add basis: (a declared basis) when a document sets the value, or rationale: when it is a tolerance or rule of thumb")
    }

    static func unverifiedBasis(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB107", severity: .warning, message: "basis '\(name)' is not verified and gives no reason", range: range,
            help: "check it against the published text (verified: yes, with quote:), or say why it could not be: reason: …")
    }

    static func basisWrittenOut(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB107", severity: .warning, message: "this basis is written out, so nobody has said whether it was checked", range: field.range,
            help: "declare it in basis.rules (document, number, article, scope, verified) and cite it by name")
    }

    static func projectBasisOnly(_ rule: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB108", severity: .warning, message: "rule '\(rule.value)' may judge a 部门整体 report but cites only measures for project spending",
            range: rule.range, help: "cite also a basis whose scope is 部门整体 or 全部")
    }

    static func titleRestatesParameter(_ name: String, value: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB109", severity: .warning, message: "the title writes out \(value), the value of '$\(name)'", range: range,
            notes: [Note("when the parameter changes, the title would still say \(value)")], help: "write {$\(name)} instead")
    }

    static func missingExample(_ rule: Located<String>, kind: String) -> Diagnostic {
        Diagnostic(
            code: "KB104", severity: .warning, message: "rule '\(rule.value)' has no example on which it \(kind)", range: rule.range,
            help: kind == "fires" ? "add an example whose facts make it fire, with expect: \"message\"" : "add an example where it must stay quiet, with expect: nothing")
    }

    static func neverHolds(_ why: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB105", severity: .warning, message: "this condition can never hold: \(why)", range: range)
    }

    static func sameFacts(_ rule: Located<String>, other: String, otherRange: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB106", severity: .warning,
            message: "rule '\(rule.value)' fires on exactly the same facts as '\(other)' in every example",
            range: rule.range, notes: [Note("'\(other)' is here", range: otherRange)],
            help: "merge them, or add an example that tells them apart")
    }
}

extension Diagnostic {
    static func missingExpectation(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB041", message: "this example has no 'expect:'", range: range,
            help: "say what the rule must do: expect: \"message\", or expect: nothing")
    }

    static func unreadableFile(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(code: "KB042", message: "cannot read \(path): \(reason)", range: SourceRange(file: path, line: 1, column: 1))
    }
}
