import Diagnostics

/// A PDF file's objects (ISO 32000-1 §7.5): found through its cross-reference tables or
/// streams, following `/Prev` to earlier updates, objects inside object streams
/// included; a file whose cross-reference data is damaged is indexed by scanning for
/// `N G obj`. Objects are parsed when first asked for; references that loop or go
/// nowhere resolve to null.
final class PDFDocument {
    enum Location {
        case offset(Int)
        /// In object stream `stream`, at `index`.
        case compressed(stream: Int, index: Int)
    }

    struct Failure: Error, Equatable {
        let message: String
    }

    let bytes: [UInt8]
    private(set) var locations: [Int: Location] = [:]
    private(set) var trailer: [String: PDFObject] = [:]
    private var cache: [Int: PDFObject] = [:]
    private var resolving: Set<Int> = []
    /// Bytes a stream may decode to, and all streams together (a file of many small
    /// streams that each inflate a thousandfold).
    let streamLimit: Int
    let totalLimit: Int
    private var decoded = 0

    init(_ bytes: [UInt8], streamLimit: Int = 64 << 20, totalLimit: Int = 256 << 20) throws(Failure) {
        self.bytes = bytes
        self.streamLimit = streamLimit
        self.totalLimit = totalLimit
        guard bytes.starts(with: Array("%PDF-".utf8)) || PDFParser.find("%PDF-", in: Array(bytes.prefix(1024)), from: 0) != nil else {
            throw Failure(message: localized("文件不以 %PDF- 开头", english: "the file does not start with %PDF-"))
        }
        if (try? readCrossReferences()) == nil || locations.isEmpty || trailer["Root"] == nil { rebuild() }
        guard trailer["Root"] != nil else {
            throw Failure(message: localized("文件没有文档目录（/Root）", english: "the file has no document catalog (/Root)"))
        }
        if trailer["Encrypt"] != nil { throw Failure(message: localized("文件已加密", english: "the file is encrypted")) }
    }

    // MARK: Cross-reference data

    private func readCrossReferences() throws(PDFSyntaxError) {
        guard let marker = Self.findLast("startxref", in: bytes) else { throw PDFSyntaxError(offset: bytes.count, "no startxref") }
        var parser = PDFParser(bytes, at: marker + 9)
        guard var offset = Int(parser.word()) else { throw PDFSyntaxError(offset: marker, "startxref has no offset") }
        var seen = Set<Int>()
        while offset >= 0, offset < bytes.count, seen.insert(offset).inserted {
            var at = PDFParser(bytes, at: offset)
            at.skipSpace()
            let section: [String: PDFObject]
            if at.peek("xref") {
                at.position += 4
                section = try table(&at)
            } else {
                section = try stream(&at)
            }
            for (key, value) in section where trailer[key] == nil { trailer[key] = value }
            if let hybrid = section["XRefStm"]?.integer, seen.insert(hybrid).inserted {
                var streamParser = PDFParser(bytes, at: hybrid)
                _ = try? stream(&streamParser)
            }
            guard let previous = section["Prev"]?.integer else { break }
            offset = previous
        }
    }

    /// A classic table: subsections of `first count`, then 20-byte entries; the trailer.
    private func table(_ parser: inout PDFParser) throws(PDFSyntaxError) -> [String: PDFObject] {
        while true {
            let save = parser.position
            let word = parser.word()
            if word == "trailer" {
                guard case .dictionary(let trailer) = try parser.object() else { throw PDFSyntaxError(offset: save, "the trailer is not a dictionary") }
                return trailer
            }
            guard let first = Int(word), let count = Int(parser.word()), first >= 0, count >= 0, count < 10_000_000 else {
                throw PDFSyntaxError(offset: save, "a cross-reference subsection header is malformed")
            }
            for number in first..<(first + count) {
                guard let offset = Int(parser.word()), Int(parser.word()) != nil else { throw PDFSyntaxError(offset: parser.position, "a cross-reference entry is malformed") }
                let kind = parser.word()
                if kind == "n", locations[number] == nil { locations[number] = .offset(offset) }
            }
        }
    }

    /// A cross-reference stream (PDF 1.5): `/W` field widths, `/Index` subsections.
    private func stream(_ parser: inout PDFParser) throws(PDFSyntaxError) -> [String: PDFObject] {
        let (_, object) = try parser.indirectObject()
        guard case .stream(let dictionary, let data) = object, dictionary["Type"]?.name == "XRef" else {
            throw PDFSyntaxError(offset: parser.position, "no cross-reference stream here")
        }
        let decoded: [UInt8]
        do {
            decoded = try PDFFilters.decode(dictionary, data, limit: streamLimit)
        } catch {
            throw PDFSyntaxError(offset: parser.position, error.message)
        }
        let widths = dictionary["W"]?.array?.compactMap(\.integer) ?? []
        guard widths.count == 3, widths.allSatisfy({ (0...8).contains($0) }) else { throw PDFSyntaxError(offset: parser.position, "/W is malformed") }
        let size = dictionary["Size"]?.integer ?? 0
        let index = dictionary["Index"]?.array?.compactMap(\.integer) ?? [0, size]
        let entry = widths.reduce(0, +)
        guard entry > 0 else { return dictionary }
        var cursor = 0
        func field(_ width: Int, default value: Int) -> Int {
            guard width > 0 else { return value }
            var result = 0
            for _ in 0..<width {
                result = result << 8 | Int(cursor < decoded.count ? decoded[cursor] : 0)
                cursor += 1
            }
            return result
        }
        for pair in stride(from: 0, to: index.count - 1, by: 2) {
            let first = index[pair], count = index[pair + 1]
            guard first >= 0, count >= 0, count < 10_000_000 else { continue }
            for number in first..<(first + count) where cursor + entry <= decoded.count {
                let type = field(widths[0], default: 1), second = field(widths[1], default: 0), third = field(widths[2], default: 0)
                guard locations[number] == nil else { continue }
                switch type {
                case 1: locations[number] = .offset(second)
                case 2: locations[number] = .compressed(stream: second, index: third)
                default: break
                }
            }
        }
        return dictionary
    }

    /// Every `N G obj` in the file, the last of a number winning; the trailer from the
    /// last `trailer` dictionary, or the catalog found among the objects.
    private func rebuild() {
        locations = [:]
        var index = 0
        let marker = Array(" obj".utf8)
        while let found = PDFParser.find(" obj", in: bytes, from: index) {
            index = found + marker.count
            // Back over `12 0` before " obj".
            var start = found
            let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
            while start > 0, PDFParser.isWhitespace(bytes[start - 1]) { start -= 1 }
            while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
            var parser = PDFParser(bytes, at: start)
            if let number = Int(parser.word()), Int(parser.word()) != nil, parser.word() == "obj" { locations[number] = .offset(start) }
        }
        if let last = Self.findLast("trailer", in: bytes) {
            var parser = PDFParser(bytes, at: last + 7)
            if case .dictionary(let dictionary)? = try? parser.object() { trailer = dictionary }
        }
        if trailer["Root"] == nil {
            for number in locations.keys.sorted() where object(number)["Type"]?.name == "Catalog" {
                trailer["Root"] = .reference(number, 0)
                break
            }
        }
    }

    static func findLast(_ text: String, in bytes: [UInt8]) -> Int? {
        let literal = Array(text.utf8)
        var index = bytes.count - literal.count
        while index >= 0 {
            if bytes[index] == literal[0], bytes[index..<(index + literal.count)].elementsEqual(literal) { return index }
            index -= 1
        }
        return nil
    }

    // MARK: Objects

    /// Object `number`, parsed once; null when it is missing, damaged or part of a loop.
    func object(_ number: Int) -> PDFObject {
        if let cached = cache[number] { return cached }
        guard let location = locations[number], resolving.insert(number).inserted else { return .null }
        defer { resolving.remove(number) }
        var result = PDFObject.null
        switch location {
        case .offset(let offset):
            var parser = PDFParser(bytes, at: offset)
            if let (found, object) = try? parser.indirectObject(), found == number { result = object }
        case .compressed(let stream, let index):
            result = compressedObject(in: stream, at: index)
        }
        cache[number] = result
        return result
    }

    /// An object, with references followed.
    func resolve(_ object: PDFObject?) -> PDFObject {
        var current = object ?? .null
        var hops = 0
        while case .reference(let number, _) = current {
            guard hops < 32 else { return .null }  // a chain of references that loops
            current = self.object(number)
            hops += 1
        }
        return current
    }

    /// A stream's decoded data.
    func data(of object: PDFObject) throws(PDFFilters.Failure) -> [UInt8] {
        guard case .stream(let dictionary, let raw) = resolve(object) else { return [] }
        guard decoded < totalLimit else { throw PDFFilters.Failure(message: "the streams decode to more than \(totalLimit) bytes in all") }
        let data = try PDFFilters.decode(dictionary.mapValues { resolve($0) }, raw, limit: min(streamLimit, totalLimit - decoded))
        decoded += data.count
        return data
    }

    private func compressedObject(in stream: Int, at index: Int) -> PDFObject {
        // An object stream is never itself in an object stream (§7.5.7): no chains to follow.
        guard case .offset? = locations[stream] else { return .null }
        let container = object(stream)
        guard let dictionary = container.dictionary, let count = resolve(dictionary["N"]).integer, let first = resolve(dictionary["First"]).integer,
            index >= 0, index < count, let data = try? self.data(of: container)
        else { return .null }
        var header = PDFParser(data)
        var offsets: [Int] = []
        for _ in 0..<min(count, index + 1) {
            guard Int(header.word()) != nil, let offset = Int(header.word()) else { return .null }
            offsets.append(offset)
        }
        var parser = PDFParser(data, at: first + offsets[index])
        return (try? parser.object()) ?? .null
    }

    // MARK: Pages

    /// The page objects in order (the page tree walked depth first, cycles cut).
    func pages() -> [[String: PDFObject]] {
        var pages: [[String: PDFObject]] = []
        var visited = Set<Int>()
        func walk(_ node: PDFObject, inherited: [String: PDFObject], depth: Int) {
            guard depth < 64, pages.count < 100_000 else { return }
            if case .reference(let number, _) = node, !visited.insert(number).inserted { return }
            guard let dictionary = resolve(node).dictionary else { return }
            var inherit = inherited
            for key in ["Resources", "MediaBox", "Rotate"] where dictionary[key] != nil { inherit[key] = dictionary[key] }
            if dictionary["Type"]?.name == "Pages" || dictionary["Kids"] != nil {
                for kid in resolve(dictionary["Kids"]).array ?? [] { walk(kid, inherited: inherit, depth: depth + 1) }
            } else {
                pages.append(inherit.merging(dictionary) { _, own in own })
            }
        }
        let root = resolve(trailer["Root"])
        walk(root["Pages"] ?? .null, inherited: [:], depth: 0)
        return pages
    }
}
