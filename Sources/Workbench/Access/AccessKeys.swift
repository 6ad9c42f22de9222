import Checksums

/// The secret each role's link carries. Made afresh by every start (one-time), except
/// the auditors' when `--token` names it; auditors need none when the workbench is
/// bound to this machine only and no token was given.
public struct AccessKeys: Sendable {
    /// Nil: auditors enter without a key.
    public let auditor: String?
    public let policy: String
    public let trainer: String

    public init(auditor: String?, policy: String = AccessKeys.random(), trainer: String = AccessKeys.random()) {
        self.auditor = auditor
        self.policy = policy
        self.trainer = trainer
    }

    /// The role a key opens; nil for a key that opens none.
    public func role(for key: String) -> Role? {
        // Every key is compared, in time that does not depend on where they differ.
        var found: Role?
        for (role, secret) in [(Role.auditor, auditor), (.policy, policy), (.trainer, trainer)] {
            if let secret, Self.sameSecret(key, secret) { found = role }
        }
        return found
    }

    public func key(for role: Role) -> String? {
        switch role {
        case .auditor: auditor
        case .policy: policy
        case .trainer: trainer
        case .trainee: nil
        }
    }

    /// 128 random bits as 32 hex digits, from the system's secure generator.
    public static func random() -> String {
        SHA256.hexDigits(FormToken.randomBytes(16))
    }

    /// Compares every byte whatever the first difference, so that timing tells nothing.
    static func sameSecret(_ a: String, _ b: String) -> Bool {
        let (left, right) = (Array(a.utf8), Array(b.utf8))
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
