/// HMAC-SHA-256 (RFC 2104): a keyed hash, for tokens a server hands out and checks
/// without keeping them (the workbench's form tokens).
public enum HMAC {
    static let blockSize = 64

    public static func sha256(key: some Sequence<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        var block = Array(key)
        if block.count > blockSize {
            var hasher = SHA256()
            hasher.update(block)
            block = hasher.finish()
        }
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5C })
        outer.update(inner.finish())
        return outer.finish()
    }
}
