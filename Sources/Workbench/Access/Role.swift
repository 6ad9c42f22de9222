/// Who a request comes from, told by the key it carries.
public enum Role: String, Sendable, CaseIterable {
    /// Reads reports and records review decisions.
    case auditor
    /// Also edits and saves the rules.
    case policy
    /// Also runs training classes.
    case trainer
    /// Works through the cases of one class, and sees nothing else: not the answers
    /// before submitting, not another trainee's work, not the auditors' pages.
    case trainee

    public var chinese: String {
        switch self {
        case .auditor: "审核人员"
        case .policy: "政策人员"
        case .trainer: "培训教师"
        case .trainee: "学员"
        }
    }

    /// Where the workbench opens for them.
    var home: String {
        switch self {
        case .auditor: "/reports"
        case .policy: "/rules"
        case .trainer: "/classes"
        case .trainee: "/trainee"
        }
    }

    /// Policy staff and trainers are staff: they may read and review as auditors do.
    func may(_ needed: Role) -> Bool { needed == self || (needed == .auditor && self != .trainee) }
}
