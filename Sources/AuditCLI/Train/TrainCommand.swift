import ArgumentParsing
import Audit
import CaseLibrary
import Diagnostics
import Foundation
import ReportReading
import Training

/// `audit train [CASE] [--trainee NAME] [--answers FILE] [--progress]`: the trainer.
enum TrainCommand: AuditCommand {
    static let path = ["train"]
    static var spec: CommandSpec {
        CommandSpec(
            "train", abstract: localized("用案例库培训新的评价人员：找出问题、得到评分和讲解。", english: "Train new evaluators on the case library: find the issues, get scored and taught."),
            discussion: localized("不给 CASE 时，按学员的进度推荐一个案例。用 --answers FILE（每行 '规则 行号[,行号]'）时，不再提问，直接为这些答案评分，供脚本使用。", english: "Without CASE, the case suggested by the trainee's progress is offered. With --answers FILE (lines 'rule line[,line]'), the answers are scored without questions, for scripts."),
            arguments: [
                .option("--trainee", "-t", value: "NAME", help: localized("记录谁的进度（默认：学员；用 --answers 时，只有给出此项才记录）。", english: "Whose progress to keep (default: 学员; with --answers, kept only when given).")),
                .option("--answers", value: "FILE", help: localized("不提问，直接为这些答案评分。", english: "Score these answers instead of asking.")),
                .flag("--progress", help: localized("显示学员的进度和推荐的下一个案例。", english: "Show the trainee's progress and the suggested next case.")),
                .flag("--all", help: localized("与 --progress 一起用：列出进度文件中的每个学员，以及全班最常漏掉的规则。", english: "With --progress: every trainee in the progress file, and the rules the class misses most.")),
                .option("--progress-file", value: "PATH", help: localized("进度保存的位置（默认：~/.audit/training.json）。", english: "Where progress is kept (default: ~/.audit/training.json).")),
                .option("--cases", value: "DIR", help: localized("案例库。", english: "The case library."), default: CaseOption.defaultPath),
                KnowledgeOption.spec,
                .positional("CASE", help: localized("案例名（见 'audit cases list'）。", english: "The case's name (see 'audit cases list')."), optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return .inputError }
        let library = CaseOption.load(arguments.value("cases") ?? CaseOption.defaultPath, knowledge: loaded.rules, context: context)
        guard !library.cases.isEmpty else { return .inputError }
        let trainee = arguments.value("trainee") ?? "学员"
        let progressPath = progressFile(arguments, context: context)
        var progress: TrainingProgress
        do {
            progress = try TrainingProgress.load(from: progressPath)
        } catch {
            context.standardError(context.errorRenderer.render(Diagnostic.unreadableProgress(progressPath)))
            return .inputError
        }
        if arguments.flag("progress") {
            context.standardOutput(
                arguments.flag("all") ? ProgressReport.renderAll(progress) : ProgressReport.render(progress, trainee: trainee, cases: library.cases))
            return .success
        }
        guard let item = chooseCase(arguments.value("CASE"), library: library, progress: progress, trainee: trainee, context: context),
            let audit = audit(item, with: loaded, context: context)
        else { return .inputError }
        var session = TrainingSession(case: item, audit: audit)
        let submitted: Bool
        if let answersFile = arguments.value("answers") {
            guard answer(&session, from: answersFile, context: context) else { return .inputError }
            context.standardOutput(session.handle("submit").text)
            submitted = arguments.value("trainee") != nil
        } else {
            submitted = converse(&session, context: context)
        }
        if submitted { record(session, in: &progress, trainee: trainee, path: progressPath, context: context) }
        return .success
    }

    /// The case: as named, or the one progress suggests. Nil (reported) for an unknown name.
    private static func chooseCase(
        _ name: String?, library: CaseLoader.Result, progress: TrainingProgress, trainee: String, context: CommandContext
    ) -> Case? {
        guard let name else { return progress.suggestion(for: trainee, among: library.cases) ?? library.cases.first }
        guard let named = library.cases.first(where: { $0.name == name }) else {
            context.standardError(context.errorRenderer.render(Diagnostic.unknownCase(name, known: library.cases.map(\.name))))
            return nil
        }
        return named
    }

    /// The case's report audited; nil (reported) when it cannot be read.
    private static func audit(_ item: Case, with knowledge: AuditKnowledge, context: CommandContext) -> DocumentAudit? {
        do {
            return try Auditor(knowledge: knowledge.rules).audit(try knowledge.reader().read(path: item.report, relativeTo: context.workingDirectory))
        } catch let error as Diagnostic {
            context.standardError(context.errorRenderer.render(error))
        } catch {
            context.standardError("error: \(item.report): \(error)\n")
        }
        return nil
    }

    /// Marks the answers of a file, one per line (`#` starts a comment); false (every bad line
    /// reported) when the file cannot be read or a line is not an answer.
    private static func answer(_ session: inout TrainingSession, from answersFile: String, context: CommandContext) -> Bool {
        guard let text = try? String(contentsOfFile: context.absolute(answersFile), encoding: .utf8) else {
            context.standardError(context.errorRenderer.render(Diagnostic.unreadableAnswers(answersFile)))
            return false
        }
        var problems: [Diagnostic] = []
        for (index, line) in SourceLines.split(text).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            if case .failure(let failure) = session.parser.parse(content) {
                problems.append(.invalidAnswer(failure, line: index + 1, in: answersFile))
            } else {
                _ = session.handle("a " + content)
            }
        }
        guard problems.isEmpty else {
            context.standardError(context.errorRenderer.render(problems))
            return false
        }
        return true
    }

    /// The session at the prompt, line by line; true when the trainee submitted.
    private static func converse(_ session: inout TrainingSession, context: CommandContext) -> Bool {
        context.standardOutput(session.welcome + "> ")
        while let line = context.readLine() {
            let (text, outcome) = session.handle(line)
            context.standardOutput(text)
            switch outcome {
            case .continue: context.standardOutput("> ")
            case .submitted: return true
            case .quit: return false
            }
        }
        context.standardOutput("\n已退出，未交卷。\n")
        return false
    }

    private static func record(_ session: TrainingSession, in progress: inout TrainingProgress, trainee: String, path: String, context: CommandContext) {
        let scoring = Scoring(answers: session.answers, findings: session.audit.findings)
        progress.trainees[trainee, default: []].append(TrainingProgress.Session(case: session.item.name, scoring: scoring))
        do {
            try progress.save(to: path)
            context.standardOutput("\n进度已记入 \(path)（学员：\(trainee)）；audit train --progress 查看。\n")
        } catch {
            context.standardError(context.errorRenderer.render(Diagnostic.unwritableProgress(path, error)))
        }
    }

    private static func progressFile(_ arguments: ParsedArguments, context: CommandContext) -> String {
        if let path = arguments.value("progress-file") {
            return context.absolute(path)
        }
        let home = context.environment["HOME"] ?? context.workingDirectory
        return home + "/.audit/training.json"
    }
}
