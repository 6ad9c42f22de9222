import WebServer
import XCTest

@testable import Workbench

/// Who gets in: keys, cookies, the host a request names, and the form token.
final class AccessTests: XCTestCase {
    func testEachKeyOpensItsRoleAndNoOther() {
        let keys = AccessKeys(auditor: "auditor-key-0123456789", policy: "policy-key-0123456789", trainer: "trainer-key-0123456789")
        XCTAssertEqual(keys.role(for: "auditor-key-0123456789"), .auditor)
        XCTAssertEqual(keys.role(for: "policy-key-0123456789"), .policy)
        XCTAssertEqual(keys.role(for: "trainer-key-0123456789"), .trainer)
        for wrong in ["", "auditor-key-012345678", "auditor-key-01234567890", "AUDITOR-KEY-0123456789", "policy-key-0123456788"] {
            XCTAssertNil(keys.role(for: wrong), wrong)
        }
        // Open to auditors: no key opens the auditor role by itself (not even an empty one).
        XCTAssertNil(AccessKeys(auditor: nil).role(for: ""))
    }

    func testRandomKeysAre128BitsOfHexAndDiffer() {
        let made = (0..<200).map { _ in AccessKeys.random() }
        XCTAssertEqual(Set(made).count, made.count)
        for key in made { XCTAssertNotNil(key.wholeMatch(of: /[0-9a-f]{32}/), key) }
        XCTAssertNotEqual(AccessKeys(auditor: nil).policy, AccessKeys(auditor: nil).policy)
    }

    func testStaffMayDoWhatAuditorsDoButNotEachOthersWork() {
        XCTAssertTrue(Role.policy.may(.auditor))
        XCTAssertTrue(Role.trainer.may(.auditor))
        XCTAssertTrue(Role.policy.may(.policy))
        XCTAssertFalse(Role.auditor.may(.policy))
        XCTAssertFalse(Role.trainer.may(.policy))
        XCTAssertFalse(Role.policy.may(.trainer))
    }

    func testALoopbackServerAnswersOnlyToItsOwnNames() throws {
        let gate = Gate(keys: AccessKeys(auditor: nil), host: "127.0.0.1", port: 8765)
        for host in ["127.0.0.1:8765", "localhost:8765", "LOCALHOST:8765"] {
            XCTAssertTrue(gate.acceptsHost(of: try request(host: host)), host)
        }
        // A page elsewhere whose name was made to point here (DNS rebinding) names itself.
        for host in ["evil.example:8765", "127.0.0.1:8766", "127.0.0.1", "localhost"] {
            XCTAssertFalse(gate.acceptsHost(of: try request(host: host)), host)
        }
        XCTAssertFalse(gate.acceptsHost(of: try HTTPRequest(method: "GET", target: "/")))
        // Bound to every address, keys guard it and any name is taken.
        XCTAssertTrue(Gate(keys: AccessKeys(auditor: "k"), host: "0.0.0.0", port: 8765).acceptsHost(of: try request(host: "10.0.0.7:8765")))
    }

    func testTheCookieNamesTheVisitor() throws {
        let gate = Gate(keys: AccessKeys(auditor: "auditor-key-0123456789", policy: "policy-key-0123456789"), host: "127.0.0.1", port: 8765)
        XCTAssertEqual(gate.visitor(of: try request(cookie: "workbench_key=policy-key-0123456789"))?.role, .policy)
        XCTAssertEqual(gate.visitor(of: try request(cookie: "theme=dark; workbench_key=auditor-key-0123456789; x=1"))?.role, .auditor)
        XCTAssertNil(gate.visitor(of: try request(cookie: "workbench_key=guess")))
        XCTAssertNil(gate.visitor(of: try request(cookie: nil)))
        // Open to auditors: a missing or stale key makes an auditor, a staff key still a staff member.
        let open = Gate(keys: AccessKeys(auditor: nil, policy: "policy-key-0123456789"), host: "127.0.0.1", port: 8765)
        XCTAssertEqual(open.visitor(of: try request(cookie: nil))?.role, .auditor)
        XCTAssertEqual(open.visitor(of: try request(cookie: "workbench_key=old"))?.role, .auditor)
        XCTAssertEqual(open.visitor(of: try request(cookie: "workbench_key=policy-key-0123456789"))?.role, .policy)
    }

    func testTheFormTokenBelongsToOneVisitorAndOneRun() {
        let forms = FormToken(secret: Array("a secret of this run".utf8))
        let token = forms.token(for: "policy-key-0123456789")
        XCTAssertNotNil(token.wholeMatch(of: /[0-9a-f]{32}/))
        XCTAssertEqual(token, forms.token(for: "policy-key-0123456789"))
        XCTAssertTrue(forms.isValid(token, for: "policy-key-0123456789"))
        XCTAssertFalse(forms.isValid(token, for: "auditor-key-0123456789"), "another visitor's token")
        XCTAssertFalse(FormToken(secret: Array("the next run".utf8)).isValid(token, for: "policy-key-0123456789"), "a token of an earlier run")
        XCTAssertFalse(forms.isValid(nil, for: "policy-key-0123456789"))
        XCTAssertFalse(forms.isValid("", for: "policy-key-0123456789"))
        XCTAssertFalse(forms.isValid(String(token.dropLast()) + (token.last == "0" ? "1" : "0"), for: "policy-key-0123456789"))
    }

    private func request(host: String = "127.0.0.1:8765", cookie: String? = nil) throws -> HTTPRequest {
        var headers = [("host", host)]
        if let cookie { headers.append(("cookie", cookie)) }
        return try HTTPRequest(method: "GET", target: "/", headers: headers)
    }
}
