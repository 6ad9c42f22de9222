import Foundation
import WebServer

/// A request that cannot be answered as asked, with the page that says why: thrown by
/// what reads a request's fields, answered by the page's handler.
struct Refused: Error {
    let page: Page
}

/// Every refusal a visitor can meet, in plain words with what to do: one catalogue.
enum Refusal {
    static var wrongHost: Page {
        Page.problem(
            .badRequest, title: "地址不对",
            message: "这个请求没有使用审核工作台启动时给出的地址。",
            help: "请使用 audit serve 启动时显示的链接（如 http://127.0.0.1:端口/）。")
    }

    static var noSuchPage: Page {
        Page.problem(.notFound, title: "没有这个页面", message: "工作台中没有这个页面。", help: "请从首页的链接进入。")
    }

    static var noSuchReport: Page {
        Page.problem(.notFound, title: "没有这份报告", message: "报告文件夹中没有这份报告。", help: "请从“报告”列表中选择。")
    }

    static func noSuchFinding(_ id: String, findings: Int) -> Page {
        Page.problem(
            .notFound, title: "没有这项发现", message: "这份报告中没有问题 #\(id)。",
            help: findings == 0 ? "这份报告没有发现问题。" : "这份报告的问题编号为 #1 到 #\(findings)。")
    }

    static var wrongMethod: Page {
        Page.problem(.methodNotAllowed, title: "不能这样打开", message: "这个地址只接受表单提交，或只能直接打开。", help: "请从页面上的链接或按钮进入。")
    }

    static func notForRole(_ role: Role) -> Page {
        Page.problem(.forbidden, title: "没有权限", message: "这个页面只供\(role.chinese)使用。", help: "请使用\(role.chinese)的链接进入。")
    }

    static var staleForm: Page {
        Page.problem(
            .forbidden, title: "表单已失效",
            message: "这次提交没有带上本页的校验码（可能是工作台已重新启动，或表单来自别的网站），因此没有保存。",
            help: "请回到上一页，刷新后再提交一次。")
    }

    static func badForm(_ what: String) -> Page {
        Page.problem(.badRequest, title: "表单内容不完整", message: what, help: "请回到上一页，检查后再提交。")
    }

    static var builtInKnowledge: Page {
        Page.problem(
            .forbidden, title: "内置规则库不能修改",
            message: "工作台用的是 audit 内置的规则库，不能在浏览器中修改。",
            help: "请先用 audit knowledge export 文件夹 导出规则库，再用 audit serve --knowledge 文件夹 启动工作台。")
    }

    static var noSuchKnowledgeFile: Page {
        Page.problem(.notFound, title: "没有这个规则文件", message: "规则库中没有这个 .rules 或 .vocab 文件。", help: "请从“规则”页面进入。")
    }

    static var noCaseLibrary: Page {
        Page.problem(
            .notFound, title: "没有案例库", message: "工作台启动时没有找到案例库，培训用不了。",
            help: "请用 audit serve --cases 案例库文件夹 启动工作台。")
    }

    static var noSuchClass: Page {
        Page.problem(.notFound, title: "没有这个培训班", message: "找不到这个培训班，或你不在其中。", help: "请使用培训教师发的链接，或你自己的个人链接。")
    }

    static var noSuchCase: Page {
        Page.problem(.notFound, title: "没有这个案例", message: "你的培训班中没有这个案例。", help: "请从“我的案例”中选择。")
    }

    static var wrongJoinLink: Page {
        Page.problem(
            .notFound, title: "加入链接不对", message: "这个加入链接不对，或培训班已不存在。", help: "请向培训教师要一个新的链接，完整复制到浏览器中。")
    }

    static func cannotSave(_ path: String, _ error: any Error) -> Page {
        Page.problem(.internalError, title: "无法保存", message: "无法写入 \(path)：\(error.localizedDescription)", help: "没有保存任何内容；请检查文件夹是否可写。")
    }
}
