import ArgumentParsing
import BuiltInKnowledge
import Diagnostics
import Foundation

/// `audit knowledge export DIR`: the knowledge base built into audit, written out as the
/// files policy staff edit (then used with `--knowledge DIR` or AUDIT_KNOWLEDGE).
enum KnowledgeExportCommand: AuditCommand {
    static let path = ["knowledge", "export"]
    static var spec: CommandSpec {
        CommandSpec(
            "export", abstract: localized("把内置规则库（规则、阅读词表、说明）写到一个新文件夹中，以便修改。", english: "Write the built-in knowledge base (rules, reading vocabulary, guide) into a new folder to edit."),
            discussion: localized("之后运行 'audit check --knowledge DIR …'，或设置 AUDIT_KNOWLEDGE=DIR，即可使用修改后的规则库。", english: "Then run 'audit check --knowledge DIR …', or set AUDIT_KNOWLEDGE=DIR, to use the edited base."),
            arguments: [.positional("DIR", help: localized("一个尚不存在或为空的文件夹。", english: "A folder that does not exist yet, or is empty."))])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let folder = arguments.value("DIR") ?? ""
        let absolute = context.absolute(folder)
        let renderer = context.errorRenderer
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue || !existing.isEmpty {
            context.standardError(
                renderer.render(
                    Diagnostic.exportFolderExists(folder)))
            return .inputError
        }
        let files = BuiltInKnowledge.files.map { (path: String($0.path.dropFirst("knowledge/".count)), text: $0.text) }
        do {
            for file in files {
                let target = URL(fileURLWithPath: absolute).appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: target, options: .atomic)
            }
        } catch {
            context.standardError(renderer.render(Diagnostic.cannotWrite(folder, error)))
            return .inputError
        }
        let rules = files.filter { $0.path.hasSuffix(".rules") }.count, words = files.filter { $0.path.hasSuffix(".vocab") }.count
        let written = Plural.count(files.count, .file)
        context.standardOutput(
            localized(
                """
                已把 \(written)写到 \(folder)/（\(rules) 个 .rules，\(words) 个 .vocab，README.md 是说明）
                接下来：修改这些文件，用 'audit rules lint \(folder)' 检查，再用 'audit check --knowledge \(folder) 报告' 或 AUDIT_KNOWLEDGE=\(folder) 使用它们

                """,
                english: """
                    wrote \(written) to \(folder)/ (\(rules) .rules, \(words) .vocab, README.md: the guide)
                    next: edit them, check them with 'audit rules lint \(folder)', and use them with 'audit check --knowledge \(folder) REPORT' or AUDIT_KNOWLEDGE=\(folder)

                    """))
        return .success
    }
}
