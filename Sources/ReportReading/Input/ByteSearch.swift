#if canImport(Glibc)
    import Glibc
#endif

extension Array where Element == UInt8 {
    /// The offset where `pattern` first occurs at or after `start`. The generic
    /// `firstRange(of:)` goes byte by byte through protocol witnesses (seconds on a
    /// 50 MB part); this jumps to each candidate first byte with `memchr`.
    func firstOffset(of pattern: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first, start >= 0, count - start >= pattern.count else { return nil }
        return withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = start
            let last = count - pattern.count
            while offset <= last {
                guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                offset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                if pattern.withUnsafeBufferPointer({ memcmp(base + offset, $0.baseAddress!, pattern.count) == 0 }) { return offset }
                offset += 1
            }
            return nil
        }
    }
}
