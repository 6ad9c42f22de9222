import ArgumentParsing
import BuiltInKnowledge
import Diagnostics
import Foundation

/// `audit knowledge export DIR`: the knowledge base built into audit, written out as the
/// files policy staff edit (then used with `--knowledge DIR` or AUDIT_KNOWLEDGE).
enum KnowledgeExportCommand: AuditCommand {
    static let path = ["knowledge", "export"]
    static let spec = CommandSpec(
        "export", abstract: "Write the built-in knowledge base (rules, reading vocabulary, guide) into a new folder to edit.",
        discussion: "Then run 'audit check --knowledge DIR …', or set AUDIT_KNOWLEDGE=DIR, to use the edited base.",
        arguments: [.positional("DIR", help: "A folder that does not exist yet, or is empty.")])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        let folder = arguments.value("DIR") ?? ""
        let absolute = context.absolute(folder)
        let renderer = context.errorRenderer
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue || !existing.isEmpty {
            context.standardError(
                renderer.render(
                    Diagnostic(code: "CLI008", message: "\(folder) already exists and is not an empty folder", help: "export into a new folder; nothing was written")))
            return ExitCode.inputError
        }
        let files = BuiltInKnowledge.files.map { (path: String($0.path.dropFirst("knowledge/".count)), text: $0.text) }
        do {
            for file in files {
                let target = URL(fileURLWithPath: absolute).appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: target, options: .atomic)
            }
        } catch {
            context.standardError(renderer.render(Diagnostic(code: "CLI003", message: "cannot write \(folder): \(error.localizedDescription)")))
            return ExitCode.inputError
        }
        let rules = files.filter { $0.path.hasSuffix(".rules") }.count, words = files.filter { $0.path.hasSuffix(".vocab") }.count
        context.standardOutput(
            """
            wrote \(Plural.count(files.count, "file")) to \(folder)/ (\(rules) .rules, \(words) .vocab, README.md: the guide)
            next: edit them, check them with 'audit rules lint \(folder)', and use them with 'audit check --knowledge \(folder) REPORT' or AUDIT_KNOWLEDGE=\(folder)

            """)
        return ExitCode.success
    }
}
