extension StringProtocol {
    /// Without leading and trailing blanks (spaces, TABs, ideographic spaces, line breaks).
    public var trimmedText: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
