import Diagnostics
import ArgumentParsing
import ReportReading
import RuleLanguage

/// `audit rules test [ID…]`: runs every example like a test runner, the rules' and the
/// reading vocabulary's.
enum RulesTestCommand: AuditCommand {
    static let path = ["rules", "test"]
    static var spec: CommandSpec {
        CommandSpec(
            "test", abstract: localized("运行每条规则和每个阅读用词的示例，报告通过或失败，失败时显示差异。", english: "Run every rule's and every reading word's examples and report pass or fail, with the difference on failure."),
            arguments: [
                KnowledgeOption.spec,
                .positional("ID", help: localized("只测试这些规则，或用 'words' 测试阅读词表（默认：全部）。", english: "Only these rules, or 'words' for the reading vocabulary (default: all)."), repeating: true, optional: true),
            ])
    }

    /// The ID that selects the reading vocabulary's examples.
    static let wordsID = "words"

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let loaded = KnowledgeOption.load(arguments, context: context, readsReports: false) else { return .inputError }
        let knowledge = loaded.rules
        let wanted = arguments.values("ID")
        for id in wanted where id != wordsID && knowledge.rule(id) == nil {
            context.standardError(context.errorRenderer.render(Diagnostic.unknownRule(id, known: knowledge.rules.map(\.id))))
            return .inputError
        }
        let runner = ExampleRunner(knowledge: knowledge)
        var out = ""
        var passed = 0, failed = 0
        for rule in knowledge.rules where wanted.isEmpty || wanted.contains(rule.id) {
            out += "\(rule.id)\n"
            for example in rule.examples {
                let outcome = runner.run(example, of: rule)
                let place = "\(example.range.file):\(example.range.start.line)"
                if outcome.passed {
                    passed += 1
                    out += "  ✓ \(example.title)\n"
                    continue
                }
                failed += 1
                out += "  ✗ \(example.title)  (\(place))\n"
                if let error = outcome.error {
                    out += "      error: \(error)\n"
                    continue
                }
                out += difference(outcome)
            }
        }
        if wanted.isEmpty || wanted.contains(wordsID) {
            var owner = ""
            for outcome in VocabularyExamples.run(loaded.vocabulary) {
                let example = outcome.example
                if example.owner != owner {
                    owner = example.owner
                    out += "\(owner)  (\(example.range.file))\n"
                }
                let title = example.input + (example.expected.map { " → \($0)" } ?? "")
                if outcome.passed {
                    passed += 1
                    out += "  ✓ \(title)\n"
                    continue
                }
                failed += 1
                out += "  ✗ \(title)  (\(example.range.file):\(example.range.start.line))\n"
                out += "      - \(outcome.expected)\n      + \(outcome.actual)\n"
            }
        }
        let total = Plural.count(passed + failed, .example)
        out += localized("\n\(total)：\(passed) 个通过，\(failed) 个失败\n", english: "\n\(total): \(passed) passed, \(failed) failed\n")
        context.standardOutput(out)
        return failed == 0 ? .success : .findings
    }

    /// `- expected` and `+ actual` lines for what differs; "nothing" for an empty side.
    static func difference(_ outcome: ExampleRunner.Outcome) -> String {
        let (missing, unexpected) = outcome.difference
        var out = ""
        if outcome.expected.isEmpty { out += "      expected: nothing\n" }
        for line in missing { out += "      - \(line)\n" }
        for line in unexpected { out += "      + \(line)\n" }
        if outcome.actual.isEmpty { out += "      actual: nothing\n" }
        return out
    }
}
