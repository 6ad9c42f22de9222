import Audit
import CaseLibrary
import Training
import WebServer

/// A case of the trainee's own class, as a request names it (`name=` in the query or
/// the form): a trainee sees only their class's cases and only their own work.
struct TraineeCase {
    let classroom: Classroom
    let classID: String
    let trainee: Trainee
    let item: Case

    static func from(_ context: Route.Context) throws(Refused) -> TraineeCase {
        guard let classroom = context.workbench.training, let (training, trainee) = classroom.membership(of: context.visitor) else {
            throw Refused(page: Refusal.noSuchClass)
        }
        let name = context.request.method == "POST" ? context.request.form["name"] : context.request.query["name"]
        guard let name, training.cases.contains(name), let item = classroom.case(name) else { throw Refused(page: Refusal.noSuchCase) }
        return TraineeCase(classroom: classroom, classID: training.id, trainee: trainee, item: item)
    }

    var work: CaseWork { classroom.store.work(classID, trainee.id)[item.name] ?? CaseWork() }

    /// Changes this case's work and writes it.
    func change(_ body: (inout CaseWork) throws -> Void) throws {
        try classroom.store.changeWork(classID, trainee.id) { work in try body(&work[item.name, default: CaseWork()]) }
    }

    /// Runs `body` with the case's audit, the answer key (never shown before submitting).
    func withAudit(_ context: Route.Context, _ body: (DocumentAudit) -> HTTPResponse) -> HTTPResponse {
        guard let audits = context.workbench.current.caseAudits else { return Refusal.noCaseLibrary.response(for: context.visitor) }
        return audits.withAudit(classroom.report(of: item)) { outcome in
            switch outcome {
            case .success(let audit): body(audit)
            case .failure(let problem): ReportPage.unreadable(item.name, problem).response(for: context.visitor)
            }
        }
    }

    /// Answers with `body`, or the refusal when the request names no case of the trainee's.
    static func handle(_ context: Route.Context, _ body: (TraineeCase) -> HTTPResponse) -> HTTPResponse {
        do {
            return body(try from(context))
        } catch {
            return error.page.response(for: context.visitor)
        }
    }

    var address: String { Markup.link(TraineeCasePage.path, [("name", item.name)]) }
    var resultAddress: String { Markup.link(ResultPage.path, [("name", item.name)]) }
}
