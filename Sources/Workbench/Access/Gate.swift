import Foundation
import WebServer

/// Who may ask what. A request must name this server as its host when it is bound to
/// this machine (a page elsewhere cannot reach it through a name of its own: DNS
/// rebinding), carry a key in its cookie unless auditors need none, and every form it
/// posts must carry the visitor's form token and come from a page of this server.
struct Gate: Sendable {
    static let cookieName = "workbench_key"

    let keys: AccessKeys
    let forms: FormToken
    /// The class and trainee a trainee's key opens (their keys are made when they join).
    let trainees: @Sendable (String) -> (classID: String, traineeID: String)?
    /// The `Host` values accepted; nil accepts any (bound to an outside address, where keys guard).
    let acceptedHosts: Set<String>?

    init(
        keys: AccessKeys, host: String, port: UInt16, forms: FormToken = FormToken(),
        trainees: @escaping @Sendable (String) -> (classID: String, traineeID: String)? = { _ in nil }
    ) {
        self.keys = keys
        self.forms = forms
        self.trainees = trainees
        acceptedHosts = HTTPServer.isLoopback(host) ? ["\(host):\(port)", "localhost:\(port)"] : nil
    }

    func acceptsHost(of request: HTTPRequest) -> Bool {
        guard let acceptedHosts else { return true }
        return request.header("host").map { acceptedHosts.contains($0.lowercased()) } ?? false
    }

    /// The visitor a request's cookie names; with no valid key, an auditor when auditors
    /// need none, else nobody.
    func visitor(of request: HTTPRequest) -> Visitor? {
        if let key = Self.cookie(Self.cookieName, in: request), let visitor = visitor(withKey: key) { return visitor }
        return keys.auditor == nil ? Visitor(role: .auditor, key: "", formToken: forms.token(for: "")) : nil
    }

    /// The visitor a key opens: staff by the keys of the run, a trainee by theirs.
    func visitor(withKey key: String) -> Visitor? {
        if let role = keys.role(for: key) { return Visitor(role: role, key: key, formToken: forms.token(for: key)) }
        guard let trainee = trainees(key) else { return nil }
        return Visitor(role: .trainee, key: key, formToken: forms.token(for: key), trainee: trainee)
    }

    /// The cookie that keeps a visitor's key, or nil for a key that opens nothing.
    func cookie(entering key: String) -> String? {
        visitor(withKey: key) == nil ? nil : "\(Self.cookieName)=\(key); Path=/; HttpOnly; SameSite=Lax"
    }

    /// A posted form is the visitor's own: their token, and if the browser says where the
    /// page was, a page of this server.
    func isGenuine(_ request: HTTPRequest, from visitor: Visitor) -> Bool {
        if let origin = request.header("origin"), origin != "http://" + (request.header("host") ?? "") { return false }
        return forms.isValid(request.form[FormToken.fieldName], for: visitor.key)
    }

    /// A cookie's value from the `Cookie` header (`a=1; b=2`).
    static func cookie(_ name: String, in request: HTTPRequest) -> String? {
        guard let header = request.header("cookie") else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
