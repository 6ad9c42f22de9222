/// What the text extractor needs of a font: each code's text (from its ToUnicode CMap,
/// else the code as Latin-1 for simple fonts), each code's width, and how many bytes a
/// code takes (two for composite fonts, one for simple ones).
struct PDFFont {
    let cmap: PDFCMap?
    let isComposite: Bool
    private var widths: [UInt32: Double] = [:]
    private var defaultWidth: Double

    init(_ font: [String: PDFObject], in document: PDFDocument) {
        isComposite = font["Subtype"]?.name == "Type0"
        cmap = font["ToUnicode"].flatMap { try? document.data(of: $0) }.map(PDFCMap.init)
        if isComposite {
            let descendant = document.resolve(document.resolve(font["DescendantFonts"]).array?.first)
            defaultWidth = document.resolve(descendant["DW"]).number ?? 1000
            // /W [c [w1 w2 …]  cfirst clast w …]
            let entries = document.resolve(descendant["W"]).array ?? []
            var index = 0
            while index < entries.count {
                guard let first = document.resolve(entries[index]).integer, first >= 0 else { break }
                if index + 1 < entries.count, let list = document.resolve(entries[index + 1]).array {
                    for (offset, width) in list.prefix(65_536).enumerated() { widths[UInt32(first + offset)] = document.resolve(width).number }
                    index += 2
                } else if index + 2 < entries.count, let last = document.resolve(entries[index + 1]).integer,
                    let width = document.resolve(entries[index + 2]).number, last >= first, last - first < 65_536
                {
                    for code in first...last { widths[UInt32(code)] = width }
                    index += 3
                } else {
                    break
                }
            }
        } else {
            defaultWidth = 500
            let first = document.resolve(font["FirstChar"]).integer ?? 0
            for (offset, width) in (document.resolve(font["Widths"]).array ?? []).prefix(256).enumerated() {
                widths[UInt32(first + offset)] = document.resolve(width).number
            }
        }
    }

    /// The codes of a shown string.
    func codes(_ bytes: [UInt8]) -> [UInt32] {
        if let cmap { return cmap.codes(bytes, defaultLength: isComposite ? 2 : 1) }
        guard isComposite else { return bytes.map(UInt32.init) }
        return stride(from: 0, to: bytes.count, by: 2).map { PDFCMap.code(Array(bytes[$0..<min($0 + 2, bytes.count)])) }
    }

    func text(_ code: UInt32) -> String {
        if let mapped = cmap?.mappings[code] { return mapped }
        if !isComposite, (0x20...0x7E).contains(code) || (0xA0...0xFF).contains(code), let scalar = Unicode.Scalar(code) { return String(scalar) }
        return ""
    }

    /// The code's width in thousandths of the font size.
    func width(_ code: UInt32) -> Double { widths[code] ?? defaultWidth }
}
