import WebServer

/// `/enter?key=…`: the link each role is given. A key that opens a role is kept in a
/// cookie (so that it leaves the address bar and the history) and the visitor goes on
/// to the start page; without a key, or with a wrong one, a form asks for it.
enum EnterPage {
    static let path = "/enter"

    static func respond(to request: HTTPRequest, gate: Gate) -> HTTPResponse {
        guard let key = request.query["key"], !key.isEmpty else { return form(status: .ok, problem: nil).response(for: nil) }
        guard let cookie = gate.cookie(entering: key) else {
            return form(status: .forbidden, problem: "这个访问令牌不对，或已过期（工作台每次启动都会发新的令牌）。").response(for: nil)
        }
        var response = HTTPResponse.seeOther("/")
        response.headers.append(("Set-Cookie", cookie))
        return response
    }

    static func form(status: HTTPStatus, problem: String?) -> Page {
        var body = problem.map { "<p class=\"problem\">\(Markup.escape($0))</p>\n" } ?? ""
        body += """
            <p>请使用启动审核工作台时显示的链接进入，或在这里填写其中的访问令牌。</p>
            <form method="get" action="\(path)">
            <label>访问令牌 <input type="password" name="key" autocomplete="off" required="required"/></label>
            <button type="submit">进入</button>
            </form>

            """
        return Page(title: "进入审核工作台", body: body, status: status)
    }
}
