import Diagnostics
import Foundation
import ZipArchive

/// Reads a .docx (an Office Open XML package) into the text layout of the samples with
/// the place of every line, refusing archives and XML built to harm the reader.
struct DocxReader {
    let file: String
    let limits: ZipArchive.Limits

    /// The ZIP signatures a .docx starts with (a local header; an empty archive's end record).
    static func looksLikeArchive(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    func read(_ data: Data) throws(Diagnostic) -> (text: String, origins: [LineOrigin?]) {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes: [UInt8](data), limits: limits)
        } catch {
            throw .damagedDocx(file, error)
        }
        let mainPart = try mainDocumentPart(archive)
        guard let documentEntry = archive.entry(named: mainPart) else {
            throw .notAWordDocument(file, mainPart: mainPart, entries: archive.entries.map(\.name))
        }
        let documentBytes = try contents(documentEntry, in: archive)
        try refuseDeclarations(documentBytes, part: mainPart)
        let blocks: [WordBlock]
        switch WordXMLParser.parse(documentBytes) {
        case .success(let parsed): blocks = parsed
        case .failure(let error): throw .malformedPart(file, part: mainPart, error)
        }
        let styles = WordStyles(try optionalTree("word/styles.xml", in: archive))
        let numbering = WordNumbering(try optionalTree("word/numbering.xml", in: archive), styles: styles)
        let layout = WordLayout(blocks, numbering: numbering, styles: styles)
        return (layout.lines.joined(separator: "\n"), layout.origins)
    }

    /// The part the package's relationships name as the main document (word/document.xml
    /// in every file Word writes).
    private func mainDocumentPart(_ archive: ZipArchive) throws(Diagnostic) -> String {
        guard let relationships = archive.entry(named: "_rels/.rels"), let tree = try tree(relationships, in: archive) else {
            return "word/document.xml"
        }
        let target = tree.all("Relationship").first { $0.attributes["Type"]?.hasSuffix("/officeDocument") == true }?.attributes["Target"]
        return target.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "word/document.xml"
    }

    private func optionalTree(_ part: String, in archive: ZipArchive) throws(Diagnostic) -> XMLTree? {
        guard let entry = archive.entry(named: part) else { return nil }
        return try tree(entry, in: archive)
    }

    private func tree(_ entry: ZipArchive.Entry, in archive: ZipArchive) throws(Diagnostic) -> XMLTree? {
        let bytes = try contents(entry, in: archive)
        try refuseDeclarations(bytes, part: entry.name)
        switch XMLTree.parse(bytes) {
        case .success(let tree): return tree
        case .failure(let error): throw .malformedPart(file, part: entry.name, error)
        }
    }

    private func contents(_ entry: ZipArchive.Entry, in archive: ZipArchive) throws(Diagnostic) -> [UInt8] {
        do {
            return try archive.contents(of: entry)
        } catch {
            throw .damagedDocx(file, error)
        }
    }

    /// A DTD can define entities that expand without bound or read other files; Office
    /// never writes one, so a part with `<!DOCTYPE` or `<!ENTITY` is refused outright.
    private func refuseDeclarations(_ bytes: [UInt8], part: String) throws(Diagnostic) {
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            if let offset = bytes.firstRange(of: Array(marker.utf8))?.lowerBound {
                let line = bytes[..<offset].count { $0 == 0x0A } + 1
                throw .declarationInPart(file, part: part, marker: marker, line: line)
            }
        }
    }
}
