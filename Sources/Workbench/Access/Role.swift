/// Who a request comes from, told by the key it carries.
public enum Role: String, Sendable, CaseIterable {
    /// Reads reports and records review decisions.
    case auditor
    /// Also edits and saves the rules.
    case policy
    /// Also runs training classes.
    case trainer

    public var chinese: String {
        switch self {
        case .auditor: "审核人员"
        case .policy: "政策人员"
        case .trainer: "培训教师"
        }
    }

    /// Policy staff and trainers are staff: they may read and review as auditors do.
    func may(_ needed: Role) -> Bool { needed == .auditor || needed == self }
}
