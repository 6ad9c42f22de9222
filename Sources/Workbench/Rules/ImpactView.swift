import CaseLibrary
import RuleLanguage

/// What an edit does, as HTML: the rules and parameters it changes, then, report by
/// report, the findings that appear (+), go (−) or change (~), and the counts per rule.
enum ImpactView {
    static func html(_ impact: ChangeImpact, title: String) -> String {
        var out = "<section class=\"impact\">\n<h2>修改的影响：\(Markup.escape(title))</h2>\n"
        out += "<ul class=\"rule-changes\">\n" + ruleChanges(impact.rules) + "</ul>\n"
        for problem in impact.failures { out += "<p class=\"problem\">无法比较：\(Markup.escape(problem.message))</p>\n" }
        let totals = impact.totals
        guard !impact.changed.isEmpty else {
            return out + "<p class=\"summary\">\(impact.reportCount) 份报告的发现都没有变化。</p>\n</section>\n"
        }
        out += "<p class=\"summary\">\(impact.reportCount) 份报告中有 \(impact.changed.count) 份变化：新增 \(totals.added)，消失 \(totals.removed)，改变 \(totals.changed)。</p>\n"
        out += "<table class=\"list per-rule\">\n<thead><tr><th>规则</th><th>新增</th><th>消失</th><th>改变</th></tr></thead>\n<tbody>\n"
        let perRule = impact.perRule
        for rule in perRule.keys.sorted() {
            let counts = perRule[rule] ?? ChangeImpact.Counts()
            out += "<tr><td><code>\(Markup.escape(rule))</code></td><td class=\"num\">\(counts.added)</td><td class=\"num\">\(counts.removed)</td><td class=\"num\">\(counts.changed)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for report in impact.changed {
            out += "<h3>\(Markup.escape(report.file))</h3>\n<ul class=\"finding-changes\">\n"
            for finding in report.diff.added {
                out += "<li class=\"added\">＋ 新增 \(Markup.escape(CaseCheck.describe(finding)))：\(Markup.escape(finding.message))</li>\n"
            }
            for finding in report.diff.removed {
                out += "<li class=\"removed\">－ 消失 \(Markup.escape(CaseCheck.describe(finding)))：\(Markup.escape(finding.message))</li>\n"
            }
            for (before, after) in report.diff.changed {
                out += "<li class=\"changed\">～ 改变 \(Markup.escape(CaseCheck.describe(after)))：“\(Markup.escape(before.message))” → “\(Markup.escape(after.message))”</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private static func ruleChanges(_ rules: KnowledgeDiff) -> String {
        guard !rules.isEmpty else { return "<li>规则和参数没有改变（可能改了说明、示例或阅读用词）</li>\n" }
        var out = ""
        for id in rules.addedRules { out += "<li>新增规则 <code>\(Markup.escape(id))</code></li>\n" }
        for id in rules.removedRules { out += "<li>删除规则 <code>\(Markup.escape(id))</code></li>\n" }
        for id in rules.changedRules { out += "<li>修改规则 <code>\(Markup.escape(id))</code></li>\n" }
        for parameter in rules.changedParameters {
            out += "<li>参数 <code>\(Markup.escape(parameter.name))</code>：\(Markup.escape(parameter.old)) → \(Markup.escape(parameter.new))</li>\n"
        }
        return out
    }
}
