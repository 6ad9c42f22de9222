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
    static let spec = CommandSpec(
        "train", abstract: "Train new evaluators on the case library: find the issues, get scored and taught.",
        discussion: """
            Without CASE, the case suggested by the trainee's progress is offered. With --answers FILE \
            (lines 'rule line[,line]'), the answers are scored without questions, for scripts.
            """,
        arguments: [
            .option("--trainee", "-t", value: "NAME", help: "Whose progress to keep (default: 学员; with --answers, kept only when given)."),
            .option("--answers", value: "FILE", help: "Score these answers instead of asking."),
            .flag("--progress", help: "Show the trainee's progress and the suggested next case."),
            .flag("--all", help: "With --progress: every trainee in the progress file, and the rules the class misses most."),
            .option("--progress-file", value: "PATH", help: "Where progress is kept (default: ~/.audit/training.json)."),
            .option("--cases", value: "DIR", help: "The case library.", default: CaseOption.defaultPath),
            KnowledgeOption.spec,
            .positional("CASE", help: "The case's name (see 'audit cases list').", optional: true),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        let renderer = context.errorRenderer
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return ExitCode.inputError }
        let knowledge = loaded.rules
        let library = CaseOption.load(arguments.value("cases") ?? CaseOption.defaultPath, knowledge: knowledge, context: context)
        guard !library.cases.isEmpty else { return ExitCode.inputError }
        let trainee = arguments.value("trainee") ?? "学员"
        let progressPath = progressFile(arguments, context: context)
        var progress: TrainingProgress
        do {
            progress = try TrainingProgress.load(from: progressPath)
        } catch {
            context.standardError(
                renderer.render(
                    Diagnostic(code: "TRN001", message: "cannot read the progress file \(progressPath): \(error)", help: "move it aside to start afresh")))
            return ExitCode.inputError
        }
        if arguments.flag("progress") {
            context.standardOutput(
                arguments.flag("all") ? ProgressReport.renderAll(progress) : ProgressReport.render(progress, trainee: trainee, cases: library.cases))
            return ExitCode.success
        }
        // The case: as named, or the suggestion.
        let item: Case
        if let name = arguments.value("CASE") {
            guard let named = library.cases.first(where: { $0.name == name }) else {
                let suggestion = Suggestions.closest(to: name, among: library.cases.map(\.name)).map { "did you mean '\($0)'?" }
                context.standardError(renderer.render(Diagnostic(code: "TRN002", message: "no case '\(name)'", help: suggestion ?? "see 'audit cases list'")))
                return ExitCode.inputError
            }
            item = named
        } else if let suggested = progress.suggestion(for: trainee, among: library.cases) ?? library.cases.first {
            item = suggested
        } else {
            return ExitCode.inputError
        }
        let audit: DocumentAudit
        do {
            audit = try Auditor(knowledge: knowledge).audit(try loaded.reader().read(path: item.report, relativeTo: context.workingDirectory))
        } catch let error as Diagnostic {
            context.standardError(renderer.render(error))
            return ExitCode.inputError
        } catch {
            context.standardError("error: \(item.report): \(error)\n")
            return ExitCode.inputError
        }
        var session = TrainingSession(case: item, audit: audit)

        if let answersFile = arguments.value("answers") {
            let path = context.absolute(answersFile)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                context.standardError(renderer.render(Diagnostic(code: "TRN003", message: "cannot read the answers file \(answersFile)")))
                return ExitCode.inputError
            }
            var problems: [Diagnostic] = []
            for (index, line) in SourceLines.split(text).enumerated() {
                let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard !content.allSatisfy(\.isWhitespace) else { continue }
                if case .failure(let failure) = session.parser.parse(content) {
                    problems.append(Diagnostic(code: "TRN004", message: failure.message, range: .lines(index + 1, in: answersFile)))
                } else {
                    _ = session.handle("a " + content)
                }
            }
            guard problems.isEmpty else {
                context.standardError(renderer.render(problems))
                return ExitCode.inputError
            }
            context.standardOutput(session.handle("submit").text)
            if arguments.value("trainee") != nil {
                record(session, in: &progress, trainee: trainee, path: progressPath, context: context)
            }
            return ExitCode.success
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
                return ExitCode.success
            case .quit:
                return ExitCode.success
            }
        }
        context.standardOutput("\n已退出，未交卷。\n")
        return ExitCode.success
    }

    private static func record(_ session: TrainingSession, in progress: inout TrainingProgress, trainee: String, path: String, context: CommandContext) {
        let scoring = Scoring(answers: session.answers, findings: session.audit.findings)
        progress.trainees[trainee, default: []].append(TrainingProgress.Session(case: session.item.name, scoring: scoring))
        do {
            try progress.save(to: path)
            context.standardOutput("\n进度已记入 \(path)（学员：\(trainee)）；audit train --progress 查看。\n")
        } catch {
            context.standardError("error[TRN005]: cannot write the progress file \(path): \(error.localizedDescription)\n")
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
