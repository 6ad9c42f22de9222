import Audit
import CaseLibrary
import Rendering
import RuleLanguage
import Training
import WebServer

/// `/trainee/case?name=…`: the case's report, laid out as auditors see it but with no
/// finding marked, and the trainee's marks: a rule and the lines it rests on (a click on
/// a line or a cell fills its number in, with the script), a list to remove from, and
/// the button that submits. After submitting, the result page instead.
enum TraineeCasePage {
    static let path = "/trainee/case"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            if item.work.submitted { return .seeOther(item.resultAddress) }
            return item.withAudit(context) { page(item, audit: $0, visitor: context.visitor) }
        }
    }

    static func page(_ item: TraineeCase, audit: DocumentAudit, visitor: Visitor, problem: String? = nil) -> HTTPResponse {
        let report = audit.read.report
        let level = TeachingNotes.difficultyWords[item.item.difficulty] ?? "\(item.item.difficulty)"
        var body = "<p class=\"crumbs\">" + Markup.anchor(TraineeHome.path, "← 我的案例") + "</p>\n"
        body += "<p>难度：\(Markup.escape(level))。报告共 \(report.source.lineCount) 行。找出审核应当指出的问题：选规则，填依据的行号"
        body += "（点原文中的行或单元格即可填入；按住 Ctrl 再点，可添上多行），记下；全部记完后交卷。</p>\n"
        if let problem { body += "<p class=\"problem\">\(Markup.escape(problem))</p>\n" }
        body += markForm(item, rules: audit.knowledge.rules.filter { $0.kind == .finding }, visitor: visitor)
        body += marks(item, knowledge: audit.knowledge, visitor: visitor)
        body += "<div class=\"document-view marking\">"
        body += FindingsHTML.source(audit.keeping { _ in false }, prefix: ReportPage.prefix) { _ in "" } + "</div>\n"
        return Page(title: item.item.title, body: body, status: problem == nil ? .ok : .badRequest, script: true).response(for: visitor)
    }

    private static func markForm(_ item: TraineeCase, rules: [RuleDefinition], visitor: Visitor) -> String {
        var out = "<form class=\"mark\" method=\"post\" action=\"\(TraineeActions.markPath)\">\n" + Markup.hidden("name", item.item.name) + Markup.tokenField(visitor)
        out += "\n<label>规则 <select name=\"rule\" required=\"required\"><option value=\"\">（选择规则）</option>"
        for rule in rules.sorted(by: { $0.title < $1.title }) {
            out += "<option value=\"\(Markup.escape(rule.id))\">\(Markup.escape(rule.title))（\(Markup.escape(rule.id))）</option>"
        }
        out += "</select></label>\n<label>行号 <input type=\"text\" name=\"lines\" id=\"mark-lines\" required=\"required\" placeholder=\"如 57 或 57,58\"/></label>\n"
        return out + "<button type=\"submit\">记下</button>\n</form>\n"
    }

    private static func marks(_ item: TraineeCase, knowledge: KnowledgeBase, visitor: Visitor) -> String {
        let marks = item.work.marks
        var out = "<h2>我记下的问题（\(marks.count) 条）</h2>\n"
        if !marks.isEmpty {
            out += "<table class=\"list marks\">\n<thead><tr><th>#</th><th>规则</th><th>行</th><th>评价对象</th><th></th></tr></thead>\n<tbody>\n"
            for (index, mark) in marks.enumerated() {
                out += "<tr><td>\(index + 1)</td><td>\(Markup.escape(knowledge.rule(mark.rule)?.title ?? mark.rule))</td>"
                out += "<td>\(mark.lines.map(String.init).joined(separator: "、"))</td><td>\(Markup.escape(mark.unit))</td><td>"
                out += "<form method=\"post\" action=\"\(TraineeActions.unmarkPath)\">" + Markup.hidden("name", item.item.name) + Markup.hidden("index", "\(index)")
                out += Markup.tokenField(visitor) + "<button type=\"submit\">删除</button></form></td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<form method=\"post\" action=\"\(TraineeActions.submitPath)\" class=\"submit\">" + Markup.hidden("name", item.item.name) + Markup.tokenField(visitor)
        return out + "<button type=\"submit\">交卷评分</button> <span class=\"hint\">交卷后才能看到答案和讲解。</span></form>\n"
    }
}
