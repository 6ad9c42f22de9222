import Audit

extension ReviewDecision {
    /// "确认（结余114.7万元属实）", as every format shows a decision.
    public var shown: String { verdict.chinese + (comment.isEmpty ? "" : "（\(comment)）") }

    /// A decision whose finding is gone: "部门整体 结余率超过10%〔balance-over-limit〕：确认（…）".
    public var shownStale: String { "\(unit) \(title)〔\(rule)〕：\(shown)" }

    /// What the working papers call stale decisions, as a heading.
    public static let staleHeading = "过时的审核意见（本次审核已没有这项发现）"
}
