import WebServer

/// A page of the workbench: the same head, stylesheet and navigation around a body.
/// No inline style or script (the server's policy forbids them); every page reads
/// without JavaScript.
struct Page {
    let title: String
    let body: String
    var status: HTTPStatus = .ok
    /// Pages with an editor load the script; pages to read do not need it.
    var script = false

    /// The page for a visitor (nil before they have entered), with what their role may open.
    func response(for visitor: Visitor?) -> HTTPResponse {
        HTTPResponse(status: status, html: html(for: visitor))
    }

    func html(for visitor: Visitor?) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(Markup.escape(title)) — 审核工作台</title>
        <link rel="stylesheet" href="\(Stylesheet.path)"/>\(script ? "\n<script src=\"\(Script.path)\" defer=\"defer\"></script>" : "")
        </head>
        <body>
        \(Self.navigation(visitor))
        <main>
        <h1>\(Markup.escape(title))</h1>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    private static func navigation(_ visitor: Visitor?) -> String {
        var links = ["<a href=\"/\" class=\"home\">审核工作台</a>"]
        switch visitor?.role {
        case nil: break
        case .trainee: links.append("<a href=\"/trainee\">我的案例</a>")
        case .trainer: links += ["<a href=\"/reports\">报告</a>", "<a href=\"/rules\">规则</a>", "<a href=\"/classes\">培训班</a>"]
        default: links += ["<a href=\"/reports\">报告</a>", "<a href=\"/rules\">规则</a>"]
        }
        let who = visitor.map { "<span class=\"role\">\(Markup.escape($0.role.chinese))</span>" } ?? ""
        return "<nav>" + links.joined(separator: " ") + who + "</nav>"
    }

    /// A refusal or a problem, said plainly, with what to do.
    static func problem(_ status: HTTPStatus, title: String, message: String, help: String? = nil) -> Page {
        var body = "<p class=\"problem\">\(Markup.escape(message))</p>\n"
        if let help { body += "<p class=\"help\">\(Markup.escape(help))</p>\n" }
        return Page(title: title, body: body, status: status)
    }
}
