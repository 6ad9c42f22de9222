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
/// then UTF-8 if the bytes are valid UTF-8; then UTF-16 without BOM if every other
/// byte is mostly zero; then GB18030 (a superset of GBK and GB2312).
public enum TextDecoder {
    /// Foundation's identifier for GB18030 (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ data: Data, file: String) throws(Diagnostic) -> (text: String, encoding: TextEncoding) {
        guard !data.isEmpty else { throw .emptyFile(file) }
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { throw .unknownEncoding(file) }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let body = data.dropFirst(2)
            guard let text = String(data: body, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .unknownEncoding(file)
            }
            return (text, littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        if let unicode = utf16WithoutMark(data) {
            guard let text = String(data: data, encoding: unicode == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .unknownEncoding(file)
            }
            return (text, unicode)
        }
        if looksBinary(data) { throw .binaryFile(file) }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
        throw .unknownEncoding(file)
    }

    /// UTF-16 without a byte-order mark. Text in any other encoding a report comes in has
    /// no NUL bytes, and UTF-16 of Chinese and ASCII text has many; so with NULs present,
    /// the byte order whose reading is (nearly) all plausible text characters wins.
    private static func utf16WithoutMark(_ data: Data) -> TextEncoding? {
        guard data.count >= 4, data.count % 2 == 0, data.contains(0) else { return nil }
        let sample = data.prefix(8192)
        var best: (TextEncoding, Double)?
        for (encoding, foundation) in [(TextEncoding.utf16LittleEndian, String.Encoding.utf16LittleEndian), (.utf16BigEndian, .utf16BigEndian)] {
            // The sample may end inside a surrogate pair.
            guard let text = String(data: sample, encoding: foundation) ?? String(data: sample.dropLast(2), encoding: foundation)
            else { continue }
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

    /// NUL bytes, or many control characters, mean this is not text.
    private static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { control += 1 }
        }
        return control * 20 > sample.count
    }
}
