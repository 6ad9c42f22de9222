import RuleLanguage
import Training
import WebServer

/// `/class?id=…`: a class for its trainer: the link to give the trainees, each trainee's
/// latest score on each case (or how far they are), and the rules the class misses most.
enum ClassPage {
    static let path = "/class"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let classroom = context.workbench.training else { return Refusal.noCaseLibrary.response(for: context.visitor) }
        guard let training = context.request.query["id"].flatMap(classroom.store.class) else { return Refusal.noSuchClass.response(for: context.visitor) }
        let host = context.request.header("host") ?? "\(context.workbench.settings.host):\(context.workbench.settings.port)"
        let join = "http://\(host)" + Markup.link(JoinPage.path, [("class", training.id), ("key", training.joinKey)])
        var body = "<p class=\"crumbs\">" + Markup.anchor(ClassesPage.path, "← 培训班") + "</p>\n"
        body += "<p>把这个链接发给学员（只能用来加入这个培训班）：<br/><code class=\"join-link\">\(Markup.escape(join))</code></p>\n"
        let works = training.trainees.map { classroom.store.work(training.id, $0.id) }
        body += progress(training, works: works, classroom: classroom)
        body += missedRules(works.flatMap { $0.values.compactMap(\.latest) }, knowledge: context.workbench.current.knowledge.rules)
        return Page(title: "培训班：" + training.name, body: body).response(for: context.visitor)
    }

    private static func progress(_ training: TrainingClass, works: [ClassStore.Work], classroom: Classroom) -> String {
        guard !training.trainees.isEmpty else { return "<p class=\"none\">还没有学员加入。</p>\n" }
        var out = "<table class=\"list progress\">\n<thead><tr><th>学员</th>"
        out += training.cases.map { "<th>\(Markup.escape(classroom.case($0)?.title ?? $0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (trainee, work) in zip(training.trainees, works) {
            out += "<tr><td>\(Markup.escape(trainee.name))</td>"
            out += training.cases.map { "<td>\(Markup.escape(state(work[$0])))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// "找到 2/3，准确 67%（第 2 次）", "进行中，已记 1 条", or "—".
    static func state(_ work: CaseWork?) -> String {
        guard let work else { return "—" }
        if let latest = work.latest, work.submitted || work.marks.isEmpty {
            let score = latest.score
            let tries = work.attempts.count > 1 ? "（第 \(work.attempts.count) 次）" : ""
            return "找到 \(score.found)/\(score.expected)，准确 \(Scoring.percent(score.precision))" + tries
        }
        return work.marks.isEmpty ? "—" : "进行中，已记 \(work.marks.count) 条"
    }

    private static func missedRules(_ attempts: [Attempt], knowledge: KnowledgeBase) -> String {
        var counts: [String: Int] = [:]
        for attempt in attempts { for rule in attempt.score.missed { counts[rule, default: 0] += 1 } }
        guard !counts.isEmpty else { return "" }
        var out = "<h2>最常漏掉的规则</h2>\n<table class=\"list missed\">\n<thead><tr><th>规则</th><th>标题</th><th>漏掉次数</th></tr></thead>\n<tbody>\n"
        for (rule, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(10) {
            out += "<tr><td><code>\(Markup.escape(rule))</code></td><td>\(Markup.escape(knowledge.rule(rule)?.title ?? rule))</td><td class=\"num\">\(count)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
