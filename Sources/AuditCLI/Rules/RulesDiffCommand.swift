import ArgumentParsing
import Audit
import CaseLibrary
import Diagnostics
import Foundation
import Rendering
import ReportReading
import RuleLanguage

/// `audit rules diff --base REV|DIR [REPORT|DIR…]`: what a change of the rules does.
enum RulesDiffCommand: AuditCommand {
    static let path = ["rules", "diff"]
    static var spec: CommandSpec {
        CommandSpec(
            "diff", abstract: localized("分别用旧规则和新规则审核案例库（及给出的报告），列出有哪些变化。", english: "Audit the case library (and any reports given) with the old and the new rules; list what changes."),
            discussion: localized("旧规则由 --base 指定：一个包含 .rules 文件的文件夹，或规则库文件夹的一个 git 版本（HEAD 是最近一次提交，所以 'rules diff --base HEAD' 显示尚未提交的修改带来的变化）。", english: "The old rules are --base: a folder of .rules files, or a git revision of the knowledge folder (HEAD is the last commit, so 'rules diff --base HEAD' shows what uncommitted edits do)."),
            arguments: [
                .option("--base", value: "REV|DIR", help: localized("用来比较的旧规则。", english: "The rules to compare with."), default: "HEAD"),
                .option("--knowledge", "-k", value: "DIR", help: localized("修改后的规则库文件夹。", english: "The edited knowledge folder."), default: KnowledgeOption.editedFolder),
                .option("--cases", value: "DIR", help: localized("案例库。", english: "The case library."), default: CaseOption.defaultPath),
                .positional("REPORT", help: localized("更多报告，或报告所在的文件夹。", english: "More reports, or folders of reports."), repeating: true, optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let newKnowledge = KnowledgeOption.load(arguments, context: context) else { return .inputError }
        let base = arguments.value("base") ?? "HEAD"
        let knowledgePath = arguments.value("knowledge") ?? KnowledgeOption.editedFolder
        var notes = ""
        guard let oldKnowledge = loadBase(base, knowledgePath: knowledgePath, current: newKnowledge, notes: &notes, context: context) else {
            return .inputError
        }
        let (old, new) = (oldKnowledge.rules, newKnowledge.rules)
        // The reports: every case, then the reports and folders given.
        let library = CaseLoader.load(
            arguments.value("cases") ?? CaseOption.defaultPath, relativeTo: context.workingDirectory,
            knownRules: (old.rules + new.rules).map(\.id))
        let named = ReportFiles.expand(arguments.values("REPORT"), context: context)
        let reports = library.cases.map(\.report) + named.files

        var out = "rules: \(base)（\(old.rules.count) 条）→ \(knowledgePath)（\(new.rules.count) 条）\n"
        out += ruleChanges(KnowledgeDiff(old: old, new: new))
        out += notes + vocabularyChanges(old: oldKnowledge.vocabulary.sources, new: newKnowledge.vocabulary.sources) + "\n"
        let impact = ChangeImpact.measure(old: oldKnowledge, new: newKnowledge, reports: reports, in: context.workingDirectory)
        for problem in impact.failures { context.standardError(context.errorRenderer.render(problem)) }
        out += impact.changed.map(describe).joined() + summary(impact)
        context.standardOutput(out)
        return named.failed || !impact.failures.isEmpty ? .inputError : .success
    }

    /// The rules at the base; nil (reported) when they have errors. A base from before the
    /// reading vocabulary was data is read with today's words, and `notes` says so.
    private static func loadBase(
        _ base: String, knowledgePath: String, current: AuditKnowledge, notes: inout String, context: CommandContext
    ) -> AuditKnowledge? {
        do {
            let loaded = try KnowledgeRevision.load(base, knowledgePath: knowledgePath, workingDirectory: context.workingDirectory)
            let withoutWords = loaded.vocabularyFiles.isEmpty && loaded.diagnostics.allSatisfy { $0.code == "KB213" }
            guard !loaded.hasErrors || withoutWords else {
                context.standardError(KnowledgeOption.render(loaded.diagnostics, sources: loaded.knowledge.sources, color: context.errorIsTerminal))
                context.standardError(localized("\(base) 的规则有错误，无法比较\n", english: "the rules at \(base) have errors; they cannot be compared\n"))
                return nil
            }
            guard withoutWords else { return loaded.knowledge }
            notes += "  (\(base) has no reading vocabulary: its reports are read with the current one)\n"
            return AuditKnowledge(rules: loaded.knowledge.rules, vocabulary: current.vocabulary)
        } catch {
            context.standardError(context.errorRenderer.render(error))
            return nil
        }
    }

    /// The rules and parameters added, removed or changed, one line each.
    private static func ruleChanges(_ rules: KnowledgeDiff) -> String {
        var out = rules.isEmpty ? "  the rules as written are the same\n" : ""
        for id in rules.addedRules { out += "  + rule \(id)\n" }
        for id in rules.removedRules { out += "  - rule \(id)\n" }
        for id in rules.changedRules { out += "  ~ rule \(id)\n" }
        for parameter in rules.changedParameters { out += "  ~ $\(parameter.name): \(parameter.old) → \(parameter.new)\n" }
        return out
    }

    /// A report's changed findings, one line each.
    private static func describe(_ report: ChangeImpact.Report) -> String {
        var out = "\(report.file)\n"
        for finding in report.diff.added { out += "  + \(CaseCheck.describe(finding))  “\(finding.message)”\n" }
        for finding in report.diff.removed { out += "  - \(CaseCheck.describe(finding))  “\(finding.message)”\n" }
        for (before, after) in report.diff.changed { out += "  ~ \(CaseCheck.describe(after))  “\(before.message)” → “\(after.message)”\n" }
        return out
    }

    /// Counts per rule and in all.
    private static func summary(_ impact: ChangeImpact) -> String {
        let reportCount = Plural.count(impact.reportCount, .report)
        let perRule = impact.perRule
        guard !perRule.isEmpty else {
            return localized("\(reportCount)的发现都没有变化\n", english: "no finding changes in \(reportCount)\n")
        }
        var out = localized("\n按规则：\n", english: "\nper rule:\n")
        let width = (perRule.keys.map(\.count).max() ?? 0) + 2
        for rule in perRule.keys.sorted() {
            let counts = perRule[rule] ?? ChangeImpact.Counts()
            out += "  " + padded(rule, to: width) + "+\(counts.added) -\(counts.removed) ~\(counts.changed)\n"
        }
        let totals = impact.totals
        return out + localized(
            "\n\(reportCount)中有 \(impact.changed.count) 份变化：新增 \(totals.added)，消失 \(totals.removed)，改变 \(totals.changed)\n",
            english: "\n\(totals.added) added, \(totals.removed) removed, \(totals.changed) changed in \(impact.changed.count) of \(reportCount)\n")
    }

    /// "  ~ words tables.vocab" for each vocabulary file added, removed or changed.
    private static func vocabularyChanges(old: [String: String], new: [String: String]) -> String {
        let (before, after) = (ChangeImpact.byName(old), ChangeImpact.byName(new))
        var out = ""
        for name in Set(before.keys).union(after.keys).sorted() {
            switch (before[name], after[name]) {
            case (nil, _?): out += "  + words \(name)\n"
            case (_?, nil): out += "  - words \(name)\n"
            case (let a?, let b?) where a != b: out += "  ~ words \(name)\n"
            default: break
            }
        }
        return out
    }
}
