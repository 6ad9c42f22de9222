import Audit
import ReportReading

/// `audit why-not` for an auditor: whether the rule found anything and, if not, for the
/// nearest misses what held and what did not, in plain sentences.
public enum PlainWhyNotText {
    public static func render(_ answer: PlainWhyNot) -> String {
        let subject = "“\(answer.title)”" + (answer.unit.map { "（\($0)）" } ?? "")
        if !answer.findings.isEmpty {
            var out = "\(subject)报告了\(answer.findings.count)条发现：\n"
            for finding in answer.findings { out += "  #\(finding.id) \(finding.message)\n" }
            return out
        }
        var out = "\(subject)没有报告。\n"
        if answer.candidates.isEmpty {
            out += "报告中没有可以检查这一条的内容。\n"
        }
        for (index, candidate) in answer.candidates.enumerated() {
            out += "\n最接近的情形\(answer.candidates.count > 1 ? "\(index + 1)" : "")：\n"
            if !candidate.held.isEmpty { out += "  已经成立：\n" }
            for (number, step) in candidate.held.enumerated() {
                out += "    \(number + 1). \(step.sentence)\n" + quotes(step.quotes)
            }
            out += "  没有成立：\n    \(candidate.failed.sentence)\n" + quotes(candidate.failed.quotes)
        }
        if !answer.parameters.isEmpty {
            out += "\n所用标准：\n"
            out += ParameterUse.lines(answer.parameters, indent: "  ")
        }
        return out
    }

    private static func quotes(_ quotes: [Citation]) -> String {
        quotes.map { "         \($0.chineseLocation)：“\($0.quote.displayQuote)”\n" }.joined()
    }
}
