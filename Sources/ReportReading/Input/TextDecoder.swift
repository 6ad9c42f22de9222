import Diagnostics
import Foundation

/// The encodings Chinese users' files come in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
    /// Not an encoding of text: the lines are the text layout of a .docx.
    case wordDocument = "Word .docx"
    /// The lines are the text layout of an HTML page.
    case htmlPage = "HTML"
    /// The lines are the text layout of an Excel workbook's sheets.
    case excelWorkbook = "Excel .xlsx"
    /// The lines are the text layout of a PDF's text layer.
    case pdfDocument = "PDF"
}

/// Turns a file's bytes into text, detecting the encoding: a byte-order mark first;
/// then UTF-16 without BOM if there are NUL bytes and one byte order reads as text;
/// then UTF-8 if the bytes are valid UTF-8; then GB18030 (a superset of GBK and GB2312).
/// A file that fails says where: the first byte that is not valid, by line and column.
public enum TextDecoder {
    /// Foundation's identifier for GB18030 (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ data: Data, file: String) throws(Diagnostic) -> (text: String, encoding: TextEncoding) {
        guard !data.isEmpty else { throw .emptyFile(file) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try utf8(bytes.dropFirst(3), file: file), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: TextEncoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            return (try utf16(bytes.dropFirst(2), encoding, file: file), encoding)
        }
        if bytes.contains(0) {
            guard let encoding = utf16WithoutMark(bytes) else { throw .binaryFile(file) }
            return (try utf16(bytes[...], encoding, file: file), encoding)
        }
        if looksBinary(bytes) { throw .binaryFile(file) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
        throw .unknownEncoding(file, at: firstInvalid(bytes[...], as: UTF8.self))
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws(Diagnostic) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unknownEncoding(file, at: firstInvalid(bytes, as: UTF8.self))
        }
        return text
    }

    /// UTF-16 has two bytes a unit: an odd count means the file was cut short.
    private static func utf16(_ bytes: ArraySlice<UInt8>, _ encoding: TextEncoding, file: String) throws(Diagnostic) -> String {
        // The slice keeps the file's indices: its end is the file's size.
        guard bytes.count % 2 == 0 else { throw .truncatedUTF16(file, bytes: bytes.endIndex) }
        let units = codeUnits(bytes, littleEndian: encoding == .utf16LittleEndian)
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .unknownEncoding(file, at: firstInvalid(units[...], as: UTF16.self))
        }
        return text
    }

    private static func codeUnits(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return units
    }

    /// Line and column of the first code unit that does not decode (columns count the
    /// characters before it on its line), or nil when all decode.
    static func firstInvalid<Encoding: Unicode.Encoding>(_ units: ArraySlice<Encoding.CodeUnit>, as: Encoding.Type) -> SourceLocation? {
        var parser = Encoding.ForwardParser()
        var iterator = units.makeIterator()
        var offset = units.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error:
                let lines = SourceLines.split(String(decoding: units[..<offset], as: Encoding.self) + "|")
                return SourceLocation(line: lines.count, column: lines[lines.count - 1].count)
            }
        }
    }

    /// UTF-16 without a byte-order mark. Text in any other encoding a report comes in has
    /// no NUL bytes, and UTF-16 of Chinese and ASCII text has many; so with NULs present,
    /// the byte order whose reading is (nearly) all plausible text characters wins.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
        guard bytes.count >= 4 else { return nil }
        // A whole number of units; the sample may end inside a surrogate pair.
        let sample = bytes.prefix(min(8192, bytes.count & ~1))
        var best: (TextEncoding, Double)?
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
            let text = String(decoding: codeUnits(sample, littleEndian: encoding == .utf16LittleEndian), as: UTF16.self)
            let scalars = text.unicodeScalars
            let plausible = scalars.filter(isPlausible).count
            let share = Double(plausible) / Double(max(1, scalars.count))
            if share >= 0.9, share > (best?.1 ?? 0) { best = (encoding, share) }
        }
        return best?.0
    }

    /// Characters a report is written in: CJK, ASCII, punctuation and white space.
    private static func isPlausible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E: true
        case 0x2000...0x206F, 0x2460...0x24FF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: true
        case 0xB7, 0xD7, 0x2103, 0x2160...0x216F, 0x2190...0x22FF: true
        default: false
        }
    }

    /// Many control characters mean this is not text.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let control = sample.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
        return control * 20 > sample.count
    }
}
