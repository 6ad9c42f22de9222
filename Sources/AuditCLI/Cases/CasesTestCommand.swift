import ArgumentParsing
import Audit
import CaseLibrary
import Diagnostics
import Rendering
import ReportReading

/// `audit cases test [DIR]`: runs every case against its expected findings.
enum CasesTestCommand: AuditCommand {
    static let path = ["cases", "test"]
    static var spec: CommandSpec {
        CommandSpec(
            "test", abstract: localized("审核每个案例并与预期问题比对；有任何差异时退出状态为 1。", english: "Audit every case and compare with its expected findings; exit 1 on any difference."),
            arguments: [
                KnowledgeOption.spec,
                .positional("DIR", help: localized("案例库（默认：cases）。", english: "The case library (default: cases)."), optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return .inputError }
        let knowledge = loaded.rules
        let folder = arguments.value("DIR") ?? CaseOption.defaultPath
        let library = CaseOption.load(folder, knowledge: knowledge, context: context)
        guard !library.cases.isEmpty else { return .inputError }
        let auditor = Auditor(knowledge: knowledge)
        let reader = loaded.reader()
        var out = "", passed = 0
        var fired = Set<String>()
        for item in library.cases {
            let level = TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"
            let audit: DocumentAudit
            do {
                audit = try auditor.audit(try reader.read(path: item.report, relativeTo: context.workingDirectory))
            } catch let error as Diagnostic {
                out += "  ✗ \(item.name)（\(level)）\n      error: \(error.description)\n"
                continue
            } catch {
                out += "  ✗ \(item.name)（\(level)）\n      error: \(error)\n"
                continue
            }
            fired.formUnion(audit.findings.map(\.rule))
            let check = CaseCheck(expected: item.expected, findings: audit.findings)
            if check.passed {
                passed += 1
                out += "  ✓ \(item.name)（\(level)）\(Plural.count(audit.findings.count, .finding))\n"
                continue
            }
            out += "  ✗ \(item.name)（\(level)）\n"
            for wanted in check.missing {
                out += "      - finding \(wanted.rule) \(wanted.unit) \(wanted.lines.map(String.init).joined(separator: ","))"
                out += localized("   （\(item.folder)/expected.txt:\(wanted.line)，未出现）\n", english: "   (\(item.folder)/expected.txt:\(wanted.line), not found)\n")
            }
            for finding in check.unexpected {
                out += "      + \(CaseCheck.describe(finding))   “\(finding.message)”\n"
            }
            for (quiet, finding) in check.notQuiet {
                let place = "\(item.folder)/expected.txt:\(quiet.line)"
                out += "      ! quiet \(quiet.rule)\(quiet.unit.map { " " + $0 } ?? "")   "
                out += localized("（\(place)）却给出：“\(finding.message)”\n", english: "(\(place)) but: “\(finding.message)”\n")
            }
        }
        let failed = library.cases.count - passed
        let rules = knowledge.rules.filter { $0.kind == .finding }.map(\.id)
        let silent = rules.filter { !fired.contains($0) }
        let total = Plural.count(library.cases.count, .case), firing = rules.count - silent.count
        out = "\(folder)\n" + out
        out += localized("\n\(total)：\(passed) 个通过，\(failed) 个失败\n", english: "\n\(total): \(passed) passed, \(failed) failed\n")
        out += localized("\(rules.count) 条给出问题的规则中，有 \(firing) 条在某个案例中触发", english: "\(firing) of \(rules.count) finding rules fire in some case")
        out += silent.isEmpty ? "\n" : localized("；从未触发：\(silent.joined(separator: "、"))\n", english: "; never: \(silent.joined(separator: ", "))\n")
        context.standardOutput(out)
        return failed == 0 && library.diagnostics.isEmpty ? .success : .findings
    }
}
