import Checksums

/// The token every form carries, so that a page of another site cannot post to the
/// workbench in a visitor's name (CSRF): HMAC of the visitor's key under a secret made
/// at start, so it differs per visitor and per run and needs no storage.
struct FormToken: Sendable {
    static let fieldName = "csrf"
    private let secret: [UInt8]

    init(secret: [UInt8] = FormToken.randomBytes(32)) {
        self.secret = secret
    }

    /// The token for a visitor's key ("" for a visitor who needed none).
    func token(for key: String) -> String {
        SHA256.hexDigits(HMAC.sha256(key: secret, message: Array(key.utf8)).prefix(16))
    }

    func isValid(_ token: String?, for key: String) -> Bool {
        guard let token else { return false }
        return AccessKeys.sameSecret(token, self.token(for: key))
    }

    /// From the system's secure generator (getrandom on Linux).
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
