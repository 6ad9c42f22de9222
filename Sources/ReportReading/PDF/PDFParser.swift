/// Reads PDF syntax from bytes (ISO 32000-1 §7.2–7.3): tokens, objects, and indirect
/// objects with their streams. Malformed input ends in a `PDFSyntaxError` at an offset,
/// never a trap; nesting deeper than `maximumDepth` is refused.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int
    static let maximumDepth = 64

    /// A position outside the bytes (a cross-reference offset past the end) starts at
    /// the nearest end, where reading fails with an error.
    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = min(max(position, 0), bytes.count)
    }

    // MARK: Characters

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    /// Skips whitespace and comments.
    mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// A run of regular characters: a keyword, a number, an operator.
    mutating func word() -> String {
        skipSpace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    func peek(_ text: String) -> Bool {
        let literal = Array(text.utf8)
        return position + literal.count <= bytes.count && bytes[position..<(position + literal.count)].elementsEqual(literal)
    }

    // MARK: Objects

    /// The next object; `R` references are recognised after two integers.
    mutating func object(depth: Int = 0) throws(PDFSyntaxError) -> PDFObject {
        guard depth < Self.maximumDepth else { throw PDFSyntaxError(offset: position, "objects nested more than \(Self.maximumDepth) deep") }
        skipSpace()
        guard position < bytes.count else { throw PDFSyntaxError(offset: position, "the file ends where an object should be") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            return .name(name())
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return try dictionaryOrStream(depth: depth) }
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipSpace()
                guard position < bytes.count else { throw PDFSyntaxError(offset: position, "an array is not closed") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try object(depth: depth + 1))
            }
        default:
            let start = position
            let token = word()
            guard !token.isEmpty else {
                position += 1
                throw PDFSyntaxError(offset: start, "an unexpected character")
            }
            switch token {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "null": return .null
            default: break
            }
            if let integer = Int(token) {
                // `12 0 R`
                let save = position
                let generation = word()
                if let generationNumber = Int(generation), word() == "R", integer >= 0 { return .reference(integer, generationNumber) }
                position = save
                return .integer(integer)
            }
            if let real = Double(token), real.isFinite { return .real(real) }
            throw PDFSyntaxError(offset: start, "'\(token.prefix(20))' is not an object")
        }
    }

    private mutating func name() -> String {
        position += 1  // "/"
        var name: [UInt8] = []
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
                let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2])
            {
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(bytes[position])
                position += 1
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    private mutating func literalString() throws(PDFSyntaxError) -> [UInt8] {
        let start = position
        position += 1
        var depth = 1
        var result: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D: if position < bytes.count, bytes[position] == 0x0A { position += 1 }  // a line continued
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(value & 0xFF))
                default: result.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            default: result.append(byte)
            }
        }
        throw PDFSyntaxError(offset: start, "a string is not closed")
    }

    private mutating func hexString() throws(PDFSyntaxError) -> [UInt8] {
        let start = position
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            if let value = Self.hexValue(bytes[position]) { digits.append(value) }
            position += 1
        }
        guard position < bytes.count else { throw PDFSyntaxError(offset: start, "a hexadecimal string is not closed") }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A dictionary, and the stream after it when there is one. A stream's length is
    /// taken from `/Length` when it is a number that lands on `endstream`, and found by
    /// searching for `endstream` otherwise (a length given by reference, or wrong).
    private mutating func dictionaryOrStream(depth: Int) throws(PDFSyntaxError) -> PDFObject {
        let start = position
        position += 2
        var entries: [String: PDFObject] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw PDFSyntaxError(offset: start, "a dictionary is not closed") }
            if peek(">>") {
                position += 2
                break
            }
            guard bytes[position] == UInt8(ascii: "/") else { throw PDFSyntaxError(offset: position, "a dictionary key is not a name") }
            let key = name()
            entries[key] = try object(depth: depth + 1)
        }
        let afterDictionary = position
        skipSpace()
        guard peek("stream") else {
            position = afterDictionary
            return .dictionary(entries)
        }
        position += 6
        if position < bytes.count, bytes[position] == 0x0D { position += 1 }
        if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        let dataStart = position
        if let length = entries["Length"]?.integer, length >= 0, dataStart + length <= bytes.count {
            var probe = PDFParser(bytes, at: dataStart + length)
            probe.skipSpace()
            if probe.peek("endstream") {
                position = probe.position + 9
                return .stream(entries, Array(bytes[dataStart..<(dataStart + length)]))
            }
        }
        guard let end = Self.find("endstream", in: bytes, from: dataStart) else {
            throw PDFSyntaxError(offset: dataStart, "a stream has no endstream")
        }
        var dataEnd = end
        if dataEnd > dataStart, bytes[dataEnd - 1] == 0x0A { dataEnd -= 1 }
        if dataEnd > dataStart, bytes[dataEnd - 1] == 0x0D { dataEnd -= 1 }
        position = end + 9
        return .stream(entries, Array(bytes[dataStart..<dataEnd]))
    }

    static func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
        bytes.firstOffset(of: Array(text.utf8), from: start)
    }

    /// `12 0 obj … endobj` at the position: its number and object.
    mutating func indirectObject() throws(PDFSyntaxError) -> (number: Int, object: PDFObject) {
        let start = position
        guard let number = Int(word()), Int(word()) != nil, word() == "obj" else {
            throw PDFSyntaxError(offset: start, "no object starts here")
        }
        return (number, try object())
    }
}

/// Where and why PDF syntax could not be read.
struct PDFSyntaxError: Error, Equatable {
    let offset: Int
    let message: String

    init(offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}
