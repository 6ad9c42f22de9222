import Audit
import Training
import WebServer

/// What a trainee does to a case: mark a finding (a rule and lines), remove a mark,
/// submit (scored against the expert system's audit of the case), start again.
enum TraineeActions {
    static let markPath = "/trainee/mark"
    static let unmarkPath = "/trainee/unmark"
    static let submitPath = "/trainee/submit"
    static let retryPath = "/trainee/retry"
    /// Marks on one case, at most.
    static let markLimit = 100

    static func mark(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            guard !item.work.submitted else { return .seeOther(item.resultAddress) }
            return item.withAudit(context) { audit in
                let form = context.request.form
                let parser = AnswerParser(rules: audit.knowledge.rules.filter { $0.kind == .finding }, report: audit.read.report)
                let (rule, lines) = (form["rule"] ?? "", form["lines"] ?? "")
                guard !rule.isEmpty, !lines.isEmpty else {
                    return TraineeCasePage.page(item, audit: audit, visitor: context.visitor, problem: "请选择一条规则，并填写它依据的行号。")
                }
                switch parser.parse(rule + " " + lines) {
                case .failure(let failure):
                    return TraineeCasePage.page(item, audit: audit, visitor: context.visitor, problem: failure.message)
                case .success(let answer):
                    guard item.work.marks.count < markLimit else {
                        return TraineeCasePage.page(item, audit: audit, visitor: context.visitor, problem: "一个案例最多记 \(markLimit) 条。")
                    }
                    return saved(context, item) { if !$0.submitted { $0.marks.append(answer) } }
                }
            }
        }
    }

    static func unmark(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            guard let index = context.request.form["index"].flatMap(Int.init) else { return Refusal.badForm("没有说明删除哪一条。").response(for: context.visitor) }
            return saved(context, item) { work in
                if !work.submitted, work.marks.indices.contains(index) { work.marks.remove(at: index) }
            }
        }
    }

    static func submit(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            item.withAudit(context) { audit in
                do {
                    try item.change { work in
                        guard !work.submitted else { return }
                        let scoring = Scoring(answers: work.marks, findings: audit.findings)
                        work.attempts.append(Attempt(answers: work.marks, score: TrainingProgress.Session(case: item.item.name, scoring: scoring)))
                        work.submitted = true
                    }
                } catch {
                    return Refusal.cannotSave(Workbench.dataFolder, error).response(for: context.visitor)
                }
                return .seeOther(item.resultAddress)
            }
        }
    }

    /// After a submission: the marks cleared, the case to do again (attempts are kept).
    static func retry(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            saved(context, item) { work in
                work.submitted = false
                work.marks = []
            }
        }
    }

    /// Applies a change and goes back to the case (POST, redirect, GET).
    private static func saved(_ context: Route.Context, _ item: TraineeCase, _ change: (inout CaseWork) -> Void) -> HTTPResponse {
        do {
            try item.change(change)
        } catch {
            return Refusal.cannotSave(Workbench.dataFolder, error).response(for: context.visitor)
        }
        return .seeOther(item.address)
    }
}
