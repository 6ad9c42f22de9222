import Audit
import ReportReading

/// `audit explain` for an auditor: the finding, the reasoning as numbered sentences with
/// the report's words under each, the thresholds with where their values come from,
/// and the policy basis.
public enum PlainExplanationText {
    public static func render(_ explanation: PlainExplanation) -> String {
        let finding = explanation.finding
        var out = "#\(finding.id) \(finding.severity.chinese) \(finding.title)\(finding.needsReview ? "（\(Finding.reviewLabel)）" : "")\n"
        out += "  \(finding.message)\n\n怎样得出：\n"
        for (index, step) in explanation.steps.enumerated() {
            out += "  \(index + 1). \(step.sentence)\n"
            for quote in step.quotes {
                out += "       \(quote.chineseLocation)：“\(quote.quote.displayQuote)”\n"
            }
        }
        if !explanation.parameters.isEmpty {
            out += "\n所用标准：\n"
            out += ParameterUse.lines(explanation.parameters, indent: "  ")
        }
        if !finding.basis.isEmpty {
            out += "\n依据：\n" + finding.basis.map { "  \($0.text)\n" }.joined()
        }
        if finding.needsReview { out += "\n这一条需要审核人员判断：规则据用语或经验作出，请核对原文后确认。\n" }
        return out
    }
}
