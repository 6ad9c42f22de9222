import CaseLibrary
import WebServer

/// `/trainee`: a trainee's class: their cases with how far they are, and the link that
/// brings them back (on another computer, or after the cookie is gone).
enum TraineeHome {
    static let path = "/trainee"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let classroom = context.workbench.training, let (training, trainee) = classroom.membership(of: context.visitor) else {
            return Refusal.noSuchClass.response(for: context.visitor)
        }
        let work = classroom.store.work(training.id, trainee.id)
        var body = "<p>\(Markup.escape(trainee.name))，你好。培训班“\(Markup.escape(training.name))”有 \(training.cases.count) 个案例："
        body += "读报告，找出审核应当指出的问题，记下规则和依据的行号，交卷后看评分和讲解。</p>\n"
        body += "<table class=\"list cases\">\n<thead><tr><th>案例</th><th>难度</th><th>进度</th></tr></thead>\n<tbody>\n"
        for name in training.cases {
            guard let item = classroom.case(name) else { continue }
            let state = work[name].map(ClassPage.state) ?? "—"
            body += "<tr><td>" + Markup.anchor(Markup.link(TraineeCasePage.path, [("name", name)]), item.title) + "</td>"
            body += "<td>\(Markup.escape(TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"))</td><td>\(Markup.escape(state))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        let host = context.request.header("host") ?? ""
        body += "<p class=\"hint\">你的个人链接（换电脑时用它继续，不要给别人）：<code>http://\(Markup.escape(host))\(EnterPage.path)?key=\(trainee.key)</code></p>\n"
        return Page(title: "我的案例", body: body).response(for: context.visitor)
    }
}
