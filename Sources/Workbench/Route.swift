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
    let role: Role
    let handle: @Sendable (Context) -> HTTPResponse

    static let all: [Route] = [
        Route(method: "GET", path: "/", role: .auditor) { _ in .seeOther("/reports") },
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
    ]
}
