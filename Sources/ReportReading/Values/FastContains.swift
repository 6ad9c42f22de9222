/// Substring tests by UTF-8 bytes. The reader asks "does this text hold 预算?" tens of
/// thousands of times per report; the generic `contains` compares Characters (and,
/// with Foundation imported, folds them through CFString), which took a third of the
/// reading time. For exact matches of valid UTF-8 the byte test gives the same answer:
/// a word's first byte is never a continuation byte, so a match starts on a character.
/// Being concrete, these overloads win over the generic ones inside this module.
extension String {
    func contains(_ word: String) -> Bool {
        var text = self, word = word
        return text.withUTF8 { haystack in word.withUTF8 { needle in haystack.containsBytes(needle) } }
    }
}

extension Substring {
    func contains(_ word: String) -> Bool {
        var text = self, word = word
        return text.withUTF8 { haystack in word.withUTF8 { needle in haystack.containsBytes(needle) } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    fileprivate func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        var start = 0
        let last = count - needle.count
        while start <= last {
            guard let found = self[start...last].firstIndex(of: first) else { return false }
            var matched = 1
            while matched < needle.count, self[found + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            start = found + 1
        }
        return false
    }
}
