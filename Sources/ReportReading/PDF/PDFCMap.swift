/// A font's ToUnicode CMap (ISO 32000-1 §9.10.3): which text each character code stands
/// for (`beginbfchar`, `beginbfrange`), and how many bytes a code takes
/// (`begincodespacerange`). Word and WPS write one for every Chinese font they embed.
struct PDFCMap {
    private(set) var mappings: [UInt32: String] = [:]
    /// Byte lengths of codes, from the code space ranges (2 for Identity-H fonts).
    private(set) var codeLengths: Set<Int> = []

    init(_ data: [UInt8]) {
        var parser = PDFParser(data)
        var operands: [PDFObject] = []
        while parser.position < data.count {
            parser.skipSpace()
            guard parser.position < data.count else { break }
            let byte = data[parser.position]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(") {
                guard let object = try? parser.object() else { parser.position += 1; continue }
                operands.append(object)
                continue
            }
            let word = parser.word()
            if word.isEmpty { parser.position += 1; continue }
            if Int(word) != nil { operands.append(.integer(Int(word) ?? 0)); continue }
            switch word {
            case "endcodespacerange":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let low = operands[pair].string { codeLengths.insert(low.count) }
                }
            case "endbfchar":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    guard let code = operands[pair].string, let text = operands[pair + 1].string else { continue }
                    mappings[Self.code(code)] = Self.text(text)
                }
            case "endbfrange":
                var index = 0
                while index + 2 < operands.count {
                    defer { index += 3 }
                    guard let low = operands[index].string, let high = operands[index + 1].string else { continue }
                    let (first, last) = (Self.code(low), Self.code(high))
                    guard first <= last, last - first < 65_536 else { continue }
                    switch operands[index + 2] {
                    case .string(let start):
                        var base = start
                        for code in first...last {
                            mappings[code] = Self.text(base)
                            if !base.isEmpty { base[base.count - 1] &+= 1 }
                        }
                    case .array(let texts):
                        for (offset, text) in texts.enumerated() where first + UInt32(offset) <= last {
                            if let bytes = text.string { mappings[first + UInt32(offset)] = Self.text(bytes) }
                        }
                    default: break
                    }
                }
            default: break
            }
            if word.hasPrefix("end") || word.hasPrefix("begin") { operands = [] }
        }
    }

    static func code(_ bytes: [UInt8]) -> UInt32 {
        bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// UTF-16BE text, as CMaps write it.
    static func text(_ bytes: [UInt8]) -> String {
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }

    /// Splits a shown string into codes: by the code space's length when it has one.
    func codes(_ bytes: [UInt8], defaultLength: Int) -> [UInt32] {
        let length = codeLengths.count == 1 ? codeLengths.first ?? defaultLength : defaultLength
        return stride(from: 0, to: bytes.count, by: max(length, 1)).map { Self.code(Array(bytes[$0..<min($0 + length, bytes.count)])) }
    }
}
