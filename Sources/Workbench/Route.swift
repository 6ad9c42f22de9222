import WebServer

/// A page or an action of the workbench: its method and path, the role it is for, and
/// what answers it. The table of them is the map of the workbench.
struct Route: Sendable {
    struct Context {
        let workbench: Workbench
        let visitor: Visitor
        let request: HTTPRequest
    }

    let method: String
    let path: String
    /// Who may: this role (and those who may do what it does); nil for anyone who entered.
    let role: Role?
    let handle: @Sendable (Context) -> HTTPResponse

    static let all: [Route] = [
        Route(method: "GET", path: "/", role: nil) { .seeOther($0.visitor.role.home) },
        Route(method: "GET", path: "/reports", role: .auditor, handle: ReportListPage.respond),
        Route(method: "GET", path: "/report", role: .auditor, handle: ReportPage.respond),
        Route(method: "GET", path: "/finding", role: .auditor, handle: FindingPage.respond),
        Route(method: "POST", path: "/review", role: .auditor, handle: ReviewAction.respond),
        Route(method: "GET", path: "/export.csv", role: .auditor, handle: Export.csv),
        Route(method: "GET", path: "/export.html", role: .auditor, handle: Export.html),
        Route(method: "GET", path: "/rules", role: .auditor, handle: RulesPage.respond),
        Route(method: "GET", path: RuleEditorPage.path, role: .policy, handle: RuleEditorPage.respond),
        Route(method: "POST", path: RuleCheckAction.path, role: .policy, handle: RuleCheckAction.respond),
        Route(method: "POST", path: RuleLintAction.path, role: .policy, handle: RuleLintAction.respond),
        Route(method: "POST", path: RuleSaveAction.path, role: .policy, handle: RuleSaveAction.respond),
        Route(method: "GET", path: RuleHistoryPage.path, role: .policy, handle: RuleHistoryPage.respond),
        Route(method: "GET", path: ClassesPage.path, role: .trainer, handle: ClassesPage.respond),
        Route(method: "POST", path: ClassesPage.newPath, role: .trainer, handle: ClassesPage.create),
        Route(method: "GET", path: ClassPage.path, role: .trainer, handle: ClassPage.respond),
        Route(method: "GET", path: TraineeHome.path, role: .trainee, handle: TraineeHome.respond),
        Route(method: "GET", path: TraineeCasePage.path, role: .trainee, handle: TraineeCasePage.respond),
        Route(method: "POST", path: TraineeActions.markPath, role: .trainee, handle: TraineeActions.mark),
        Route(method: "POST", path: TraineeActions.unmarkPath, role: .trainee, handle: TraineeActions.unmark),
        Route(method: "POST", path: TraineeActions.submitPath, role: .trainee, handle: TraineeActions.submit),
        Route(method: "POST", path: TraineeActions.retryPath, role: .trainee, handle: TraineeActions.retry),
        Route(method: "GET", path: ResultPage.path, role: .trainee, handle: ResultPage.respond),
    ]
}
