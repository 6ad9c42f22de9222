import ArgumentParsing
import Audit
import CaseLibrary
import Diagnostics
import Rendering
import ReportReading

/// `audit cases test [DIR]`: runs every case against its expected findings.
enum CasesTestCommand: AuditCommand {
    static let path = ["cases", "test"]
    static let spec = CommandSpec(
        "test", abstract: "Audit every case and compare with its expected findings; exit 1 on any difference.",
        arguments: [
            KnowledgeOption.spec,
            .positional("DIR", help: "The case library (default: cases).", optional: true),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return ExitCode.inputError }
        let knowledge = loaded.rules
        let folder = arguments.value("DIR") ?? CaseOption.defaultPath
        let library = CaseOption.load(folder, knowledge: knowledge, context: context)
        guard !library.cases.isEmpty else { return ExitCode.inputError }
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
                out += "  ✓ \(item.name)（\(level)）\(Plural.count(audit.findings.count, "finding"))\n"
                continue
            }
            out += "  ✗ \(item.name)（\(level)）\n"
            for wanted in check.missing {
                out += "      - finding \(wanted.rule) \(wanted.unit) \(wanted.lines.map(String.init).joined(separator: ","))"
                out += "   (\(item.folder)/expected.txt:\(wanted.line), not found)\n"
            }
            for finding in check.unexpected {
                out += "      + \(CaseCheck.describe(finding))   “\(finding.message)”\n"
            }
            for (quiet, finding) in check.notQuiet {
                out += "      ! quiet \(quiet.rule)\(quiet.unit.map { " " + $0 } ?? "")   (\(item.folder)/expected.txt:\(quiet.line)) but: “\(finding.message)”\n"
            }
        }
        let failed = library.cases.count - passed
        let rules = knowledge.rules.filter { $0.kind == .finding }.map(\.id)
        let silent = rules.filter { !fired.contains($0) }
        out = "\(folder)\n" + out + "\n\(Plural.count(library.cases.count, "case")): \(passed) passed, \(failed) failed\n"
        out += "\(rules.count - silent.count) of \(rules.count) finding rules fire in some case"
        out += silent.isEmpty ? "\n" : "; never: \(silent.joined(separator: ", "))\n"
        context.standardOutput(out)
        return failed == 0 && library.diagnostics.isEmpty ? ExitCode.success : ExitCode.findings
    }
}
