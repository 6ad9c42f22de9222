import Foundation
import WebServer

/// `/join?class=…&key=…`: the link a trainer gives a class. A trainee gives a name and
/// gets a key of their own (kept in a cookie, and shown as their link to come back);
/// no other key is needed to join, and the join key opens nothing else.
enum JoinPage {
    static let path = "/join"
    static let nameLimit = 20

    static func respond(to request: HTTPRequest, workbench: Workbench) -> HTTPResponse {
        let fields = request.method == "POST" ? request.form : request.query
        guard let classroom = workbench.training, let id = fields["class"], let training = classroom.store.class(id),
            let key = fields["key"], AccessKeys.sameSecret(key, training.joinKey)
        else {
            return Refusal.wrongJoinLink.response(for: nil)
        }
        guard request.method == "POST" else { return form(training, gate: workbench.gate, problem: nil) }
        let anonymous = Visitor(role: .trainee, key: "", formToken: workbench.gate.forms.token(for: ""))
        guard workbench.gate.isGenuine(request, from: anonymous) else { return Refusal.staleForm.response(for: nil) }
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= nameLimit else {
            return form(training, gate: workbench.gate, problem: "请填写姓名（最多 \(nameLimit) 个字）。")
        }
        let trainee = Trainee(id: "t" + AccessKeys.random().prefix(12), name: name, key: AccessKeys.random())
        do {
            try classroom.store.changeClass(id) { $0.trainees.append(trainee) }
        } catch {
            return Refusal.cannotSave(Workbench.dataFolder, error).response(for: nil)
        }
        var response = HTTPResponse.seeOther(TraineeHome.path)
        response.headers.append(("Set-Cookie", workbench.gate.cookie(entering: trainee.key) ?? ""))
        return response
    }

    private static func form(_ training: TrainingClass, gate: Gate, problem: String?) -> HTTPResponse {
        var body = problem.map { "<p class=\"problem\">\(Markup.escape($0))</p>\n" } ?? ""
        body += "<p>培训班“\(Markup.escape(training.name))”，共 \(training.cases.count) 个案例。填写姓名后开始。</p>\n"
        body += "<form method=\"post\" action=\"\(path)\">\n" + Markup.hidden("class", training.id) + Markup.hidden("key", training.joinKey)
        body += "<input type=\"hidden\" name=\"\(FormToken.fieldName)\" value=\"\(gate.forms.token(for: ""))\"/>\n"
        body += "<label>姓名 <input type=\"text\" name=\"name\" maxlength=\"\(nameLimit)\" required=\"required\"/></label>\n"
        body += "<button type=\"submit\">加入</button>\n</form>\n"
        return Page(title: "加入培训班", body: body, status: problem == nil ? .ok : .badRequest).response(for: nil)
    }
}
