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
        let renderer = context.errorRenderer
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return .inputError }
        let knowledge = loaded.rules
        let library = CaseOption.load(arguments.value("cases") ?? CaseOption.defaultPath, knowledge: knowledge, context: context)
        guard !library.cases.isEmpty else { return .inputError }
        let trainee = arguments.value("trainee") ?? "学员"
        let progressPath = progressFile(arguments, context: context)
        var progress: TrainingProgress
        do {
            progress = try TrainingProgress.load(from: progressPath)
        } catch {
            context.standardError(
                renderer.render(
                    Diagnostic.unreadableProgress(progressPath)))
            return .inputError
        }
        if arguments.flag("progress") {
            context.standardOutput(
                arguments.flag("all") ? ProgressReport.renderAll(progress) : ProgressReport.render(progress, trainee: trainee, cases: library.cases))
            return .success
        }
        // The case: as named, or the suggestion.
        let item: Case
        if let name = arguments.value("CASE") {
            guard let named = library.cases.first(where: { $0.name == name }) else {
                context.standardError(renderer.render(Diagnostic.unknownCase(name, known: library.cases.map(\.name))))
                return .inputError
            }
            item = named
        } else if let suggested = progress.suggestion(for: trainee, among: library.cases) ?? library.cases.first {
            item = suggested
        } else {
            return .inputError
        }
        let audit: DocumentAudit
        do {
            audit = try Auditor(knowledge: knowledge).audit(try loaded.reader().read(path: item.report, relativeTo: context.workingDirectory))
        } catch let error as Diagnostic {
            context.standardError(renderer.render(error))
            return .inputError
        } catch {
            context.standardError("error: \(item.report): \(error)\n")
            return .inputError
        }
        var session = TrainingSession(case: item, audit: audit)

        if let answersFile = arguments.value("answers") {
            let path = context.absolute(answersFile)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                context.standardError(renderer.render(Diagnostic.unreadableAnswers(answersFile)))
                return .inputError
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
                context.standardError(renderer.render(problems))
                return .inputError
            }
            context.standardOutput(session.handle("submit").text)
            if arguments.value("trainee") != nil {
                record(session, in: &progress, trainee: trainee, path: progressPath, context: context)
            }
            return .success
        }

        context.standardOutput(session.welcome + "> ")
        while let line = context.readLine() {
            let (text, outcome) = session.handle(line)
            context.standardOutput(text)
            switch outcome {
            case .continue:
                context.standardOutput("> ")
            case .submitted:
                record(session, in: &progress, trainee: trainee, path: progressPath, context: context)
                return .success
            case .quit:
                return .success
            }
        }
        context.standardOutput("\n已退出，未交卷。\n")
        return .success
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
