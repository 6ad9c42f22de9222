import ZipArchive

/// A stream's data decoded through its filters (ISO 32000-1 §7.4): FlateDecode (with
/// PNG and TIFF predictors), ASCIIHexDecode, ASCII85Decode. Anything else is named in
/// the error; decoded data is capped at `limit` bytes.
enum PDFFilters {
    struct Failure: Error, Equatable {
        let message: String
    }

    static func decode(_ dictionary: [String: PDFObject], _ data: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        let filters: [String]
        switch dictionary["Filter"] {
        case .name(let name)?: filters = [name]
        case .array(let items)?: filters = items.compactMap(\.name)
        default: filters = []
        }
        let parameters: [PDFObject?]
        switch dictionary["DecodeParms"] {
        case .array(let items)?: parameters = items
        case let single?: parameters = [single]
        case nil: parameters = []
        }
        var bytes = data
        for (index, filter) in filters.enumerated() {
            let parameter = index < parameters.count ? parameters[index]?.dictionary : nil
            switch filter {
            case "FlateDecode", "Fl":
                bytes = try inflate(bytes, limit: limit)
                if let parameter { bytes = try predict(bytes, parameter) }
            case "ASCIIHexDecode", "AHx": bytes = asciiHex(bytes)
            case "ASCII85Decode", "A85": bytes = try ascii85(bytes)
            default: throw Failure(message: "the filter \(filter) is not supported")
            }
            guard bytes.count <= limit else { throw Failure(message: "a stream decodes to more than \(limit) bytes") }
        }
        return bytes
    }

    /// zlib data: a two-byte header, DEFLATE, a checksum (not checked: producers get it wrong).
    static func inflate(_ bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard bytes.count >= 2 else { return [] }
        let body = (bytes[0] & 0x0F) == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0 ? bytes.dropFirst(2) : bytes[...]
        do {
            return try Inflate.decompress(body, limit: limit)
        } catch .truncated {
            throw Failure(message: "compressed data ends early")
        } catch {
            throw Failure(message: "compressed data is damaged (\(error))")
        }
    }

    /// PNG predictors (10–15, a filter byte per row) and TIFF predictor 2.
    static func predict(_ bytes: [UInt8], _ parameters: [String: PDFObject]) throws(Failure) -> [UInt8] {
        let predictor = parameters["Predictor"]?.integer ?? 1
        guard predictor > 1 else { return bytes }
        let colors = max(parameters["Colors"]?.integer ?? 1, 1), bits = max(parameters["BitsPerComponent"]?.integer ?? 8, 1)
        let columns = max(parameters["Columns"]?.integer ?? 1, 1)
        let pixel = max((colors * bits + 7) / 8, 1), row = (colors * bits * columns + 7) / 8
        guard row > 0, row < 1 << 24 else { throw Failure(message: "predictor rows of \(row) bytes") }
        if predictor == 2 {
            var out = bytes
            for start in stride(from: 0, to: out.count, by: row) {
                for i in (start + pixel)..<min(start + row, out.count) { out[i] = out[i] &+ out[i - pixel] }
            }
            return out
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previous = [UInt8](repeating: 0, count: row)
        var index = 0
        while index < bytes.count {
            let type = bytes[index]
            index += 1
            var current = Array(bytes[index..<min(index + row, bytes.count)])
            current += [UInt8](repeating: 0, count: row - current.count)
            index += row
            for i in 0..<row {
                let left = i >= pixel ? current[i - pixel] : 0, up = previous[i], upLeft = i >= pixel ? previous[i - pixel] : 0
                switch type {
                case 1: current[i] = current[i] &+ left
                case 2: current[i] = current[i] &+ up
                case 3: current[i] = current[i] &+ UInt8((Int(left) + Int(up)) / 2)
                case 4:
                    let p = Int(left) + Int(up) - Int(upLeft)
                    let (pa, pb, pc) = (abs(p - Int(left)), abs(p - Int(up)), abs(p - Int(upLeft)))
                    current[i] = current[i] &+ (pa <= pb && pa <= pc ? left : (pb <= pc ? up : upLeft))
                default: break
                }
            }
            out += current
            previous = current
        }
        return out
    }

    static func asciiHex(_ bytes: [UInt8]) -> [UInt8] {
        var digits: [UInt8] = []
        for byte in bytes {
            if byte == UInt8(ascii: ">") { break }
            if let value = PDFParser.hexValue(byte) { digits.append(value) }
        }
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    static func ascii85(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var group: [UInt32] = []
        func flush(_ count: Int) {
            var value: UInt32 = 0
            for digit in group + [UInt32](repeating: 84, count: 5 - group.count) { value = value &* 85 &+ digit }
            let all = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            out += all.prefix(count)
            group = []
        }
        for byte in bytes {
            if byte == UInt8(ascii: "~") { break }
            if PDFParser.isWhitespace(byte) { continue }
            if byte == UInt8(ascii: "z"), group.isEmpty {
                out += [0, 0, 0, 0]
                continue
            }
            guard (33...117).contains(byte) else { throw Failure(message: "ASCII85 data holds a byte outside !…u") }
            group.append(UInt32(byte - 33))
            if group.count == 5 { flush(4) }
        }
        if !group.isEmpty { flush(group.count - 1) }
        return out
    }
}
