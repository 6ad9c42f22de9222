import CaseLibrary
import Foundation
import WebServer

/// `/classes`: the trainer's classes, and the form that opens a new one from cases of
/// the library (`POST /classes/new`).
enum ClassesPage {
    static let path = "/classes"
    static let newPath = "/classes/new"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let classroom = context.workbench.training else { return Refusal.noCaseLibrary.response(for: context.visitor) }
        var body = ""
        let classes = classroom.store.all
        if classes.isEmpty {
            body += "<p class=\"none\">还没有培训班。</p>\n"
        } else {
            body += "<table class=\"list classes\">\n<thead><tr><th>培训班</th><th>案例</th><th>学员</th></tr></thead>\n<tbody>\n"
            for training in classes {
                body += "<tr><td>" + Markup.anchor(Markup.link(ClassPage.path, [("id", training.id)]), training.name) + "</td>"
                body += "<td class=\"num\">\(training.cases.count)</td><td class=\"num\">\(training.trainees.count)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += newClassForm(classroom.cases, visitor: context.visitor, problem: nil)
        return Page(title: "培训班", body: body).response(for: context.visitor)
    }

    private static func newClassForm(_ cases: [Case], visitor: Visitor, problem: String?) -> String {
        var out = "<h2>开一个培训班</h2>\n" + (problem.map { "<p class=\"problem\">\(Markup.escape($0))</p>\n" } ?? "")
        out += "<form method=\"post\" action=\"\(newPath)\" class=\"new-class\">\n" + Markup.tokenField(visitor) + "\n"
        out += "<p><label>名称 <input type=\"text\" name=\"name\" maxlength=\"40\" required=\"required\"/></label></p>\n"
        out += "<fieldset><legend>案例（按难度排列）</legend>\n"
        for item in cases {
            let level = TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"
            out += "<label class=\"case\"><input type=\"checkbox\" name=\"case\" value=\"\(Markup.escape(item.name))\"/> "
            out += "\(Markup.escape(item.title))（\(Markup.escape(level))，<code>\(Markup.escape(item.name))</code>）</label><br/>\n"
        }
        out += "</fieldset>\n<p><button type=\"submit\">开班</button></p>\n</form>\n"
        return out
    }

    static func create(_ context: Route.Context) -> HTTPResponse {
        guard let classroom = context.workbench.training else { return Refusal.noCaseLibrary.response(for: context.visitor) }
        let name = (context.request.form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let cases = context.request.formValues("case").filter { classroom.case($0) != nil }
        guard !name.isEmpty, name.count <= 40 else { return Refusal.badForm("请填写培训班名称（最多 40 个字）。").response(for: context.visitor) }
        guard !cases.isEmpty else { return Refusal.badForm("请至少选一个案例。").response(for: context.visitor) }
        // Ids sort by the time they were made, then a random tail.
        let id = "c" + String(Int(Date().timeIntervalSince1970), radix: 36) + AccessKeys.random().prefix(6)
        do {
            try classroom.store.save(TrainingClass(id: id, name: name, cases: cases, joinKey: AccessKeys.random()))
        } catch {
            return Refusal.cannotSave(Workbench.dataFolder, error).response(for: context.visitor)
        }
        return .seeOther(Markup.link(ClassPage.path, [("id", id)]))
    }
}
