import Audit
import CaseLibrary
import Rendering

/// The scoring as the trainee reads it: what was found, and for each finding missed
/// the expert system's explanation and the case's notes; for each wrong answer, why
/// the rule does not apply there.
enum TrainingReport {
    static func render(_ scoring: Scoring, session: TrainingSession) -> String {
        let audit = session.audit
        var out = "\n评分：应找出 \(scoring.findingCount) 个问题，找到 \(scoring.matched.count) 个（召回率 \(Scoring.percent(scoring.recall))）；"
        out += "记下 \(scoring.answerCount) 条，正确 \(scoring.matched.count) 条（准确率 \(Scoring.percent(scoring.precision))）。\n"
        if !scoring.matched.isEmpty {
            out += "\n找到的：\n"
            for (answer, finding) in scoring.matched {
                out += "  ✓ #\(finding.id) \(finding.title)：\(finding.message)（你的依据：\(session.describe(answer))）\n"
            }
        }
        let notes = session.item.notes
        if !scoring.missed.isEmpty, !notes.general.isEmpty {
            out += "\n案例讲解：\n" + indent(notes.general, by: 2)
        }
        for finding in scoring.missed {
            out += "\n✗ 漏掉 #\(finding.id) \(finding.title)\n  \(finding.message)\n"
            out += "  证据：\n" + finding.citations.map { "    \($0.chineseLocation)：\($0.shownText)\n" }.joined()
            if let note = notes.rules[finding.rule], !note.isEmpty { out += "\n  讲解：\n" + indent(note, by: 4) }
            if let explanation = audit.explanation(of: finding.id) {
                out += "\n  审核系统的推理：\n" + indent(ExplanationText.render(explanation), by: 4)
            }
        }
        for answer in scoring.wrong {
            out += "\n✗ 不成立：\(session.describe(answer))\n"
            let sameRule = audit.findings.filter { $0.rule == answer.rule && $0.unit == answer.unit }
            if !sameRule.isEmpty {
                let lines = sameRule.flatMap(\.citations).map { $0.line == $0.endLine ? "\($0.line)" : "\($0.line)–\($0.endLine)" }
                out += "  这条规则在\(answer.unit)确有发现，但依据的是第 \(lines.joined(separator: "、")) 行，不是你写的行。\n"
            } else if let whyNot = audit.whyNot(answer.rule, unit: answer.unit) {
                out += "  为什么这里不适用：\n" + indent(WhyNotText.render(whyNot), by: 4)
            }
        }
        if scoring.missed.isEmpty && scoring.wrong.isEmpty { out += "\n全部找到，没有误报。\n" }
        return out
    }

    static func indent(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n").trimmingTrailingNewlines + "\n"
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
