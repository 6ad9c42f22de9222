import Diagnostics
import ZipArchive

/// The Office Open XML formats a report comes in.
enum OfficeFormat: Sendable {
    case wordDocument, workbook

    /// ".docx", ".xlsx".
    var fileType: String { self == .wordDocument ? ".docx" : ".xlsx" }
    var application: String { self == .wordDocument ? "Word" : "Excel" }
    /// Where the application's menu removes a password.
    var protection: String { self == .wordDocument ? "保护文档" : "保护工作簿" }
}

/// An Office Open XML package (.docx, .xlsx): a ZIP archive of XML parts, read with our
/// own ZIP reader within its limits, every part refused if it declares a DTD.
struct OfficePackage {
    let file: String
    let archive: ZipArchive
    /// The main part, as the package's relationships name it; a package without it is refused.
    let mainPart: String
    private let mainEntry: ZipArchive.Entry
    let format: OfficeFormat

    /// The ZIP signatures a package starts with (a local header; an empty archive's end record).
    static func looksLikeArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    init(file: String, bytes: [UInt8], limits: ZipArchive.Limits, expected: OfficeFormat) throws(Diagnostic) {
        self.file = file
        do {
            archive = try ZipArchive(bytes: bytes, limits: limits)
        } catch {
            throw .damagedDocx(file, error, as: expected)
        }
        var main: String?
        if let relationships = archive.entry(named: "_rels/.rels") {
            let tree = try Self.tree(relationships, in: archive, file: file, format: expected)
            let target = tree.all("Relationship").first { $0.attributes["Type"]?.hasSuffix("/officeDocument") == true }?.attributes["Target"]
            main = target.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
        }
        // Word and Excel name their main parts so; a package without relationships is read by them.
        let named = main ?? (archive.entry(named: "xl/workbook.xml") != nil ? "xl/workbook.xml" : "word/document.xml")
        mainPart = named
        format = named.hasPrefix("xl/") ? .workbook : .wordDocument
        guard let entry = archive.entry(named: named) else {
            throw .notAWordDocument(file, mainPart: named, entries: archive.entries.map(\.name))
        }
        mainEntry = entry
    }

    /// The main part's bytes.
    func mainPartBytes() throws(Diagnostic) -> [UInt8] {
        try Self.contents(mainEntry, in: archive, file: file, format: format)
    }

    /// The main part as an element tree.
    func mainPartTree() throws(Diagnostic) -> XMLTree {
        try Self.tree(mainEntry, in: archive, file: file, format: format)
    }

    /// A part's bytes, or nil when the package has no such part.
    func part(_ name: String) throws(Diagnostic) -> [UInt8]? {
        guard let entry = archive.entry(named: name) else { return nil }
        return try Self.contents(entry, in: archive, file: file, format: format)
    }

    /// A part as an element tree, or nil when the package has no such part.
    func tree(_ name: String) throws(Diagnostic) -> XMLTree? {
        guard let entry = archive.entry(named: name) else { return nil }
        return try Self.tree(entry, in: archive, file: file, format: format)
    }

    /// The targets of a part's relationships by id, as paths in the package
    /// (`xl/worksheets/sheet1.xml` for `worksheets/sheet1.xml` beside `xl/workbook.xml`).
    func relationships(of part: String) throws(Diagnostic) -> [String: String] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        guard let tree = try tree((folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels") else { return [:] }
        var targets: [String: String] = [:]
        for relationship in tree.all("Relationship") {
            guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : Self.resolve(target, in: folder)
        }
        return targets
    }

    /// `../x.xml` and `a/./b.xml` resolved against a folder of the package.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    private static func tree(_ entry: ZipArchive.Entry, in archive: ZipArchive, file: String, format: OfficeFormat) throws(Diagnostic) -> XMLTree {
        let bytes = try contents(entry, in: archive, file: file, format: format)
        switch XMLTree.parse(bytes) {
        case .success(let tree): return tree
        case .failure(let error): throw .malformedPart(file, part: entry.name, error)
        }
    }

    private static func contents(_ entry: ZipArchive.Entry, in archive: ZipArchive, file: String, format: OfficeFormat) throws(Diagnostic) -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try archive.contents(of: entry)
        } catch {
            throw .damagedDocx(file, error, as: format)
        }
        try refuseDeclarations(bytes, part: entry.name, file: file)
        try refuseOversizedText(bytes, part: entry.name, file: file)
        return bytes
    }

    /// The XML parser (libxml2) takes at most this many bytes of text or of one tag in a
    /// row; past it, it reports only "not well-formed", so such a part is refused first.
    static let longestText = 10_000_000

    /// Refuses a part with more than `limit` bytes between one `<` or `>` and the next.
    static func refuseOversizedText(_ bytes: [UInt8], part: String, file: String, limit: Int = longestText) throws(Diagnostic) {
        guard bytes.count > limit else { return }
        var start = -1, line = 1, startLine = 1
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") else { continue }
            if index - start - 1 > limit { throw .partTextTooLong(file, part: part, bytes: index - start - 1, limit: limit, line: startLine) }
            (start, startLine) = (index, line)
        }
        if bytes.count - start - 1 > limit { throw .partTextTooLong(file, part: part, bytes: bytes.count - start - 1, limit: limit, line: startLine) }
    }

    /// A DTD can define entities that expand without bound or read other files; Office
    /// never writes one, so a part with `<!DOCTYPE` or `<!ENTITY` is refused outright,
    /// written in UTF-8 or in UTF-16 of either byte order (the XML parser reads both).
    private static func refuseDeclarations(_ bytes: [UInt8], part: String, file: String) throws(Diagnostic) {
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            let ascii = Array(marker.utf8)
            let encodings = [ascii, ascii.flatMap { [$0, 0] }, ascii.flatMap { [0, $0] }]
            if let offset = encodings.lazy.compactMap({ bytes.firstOffset(of: $0) }).first {
                let line = bytes[..<offset].count { $0 == 0x0A } + 1
                throw .declarationInPart(file, part: part, marker: marker, line: line)
            }
        }
    }
}
