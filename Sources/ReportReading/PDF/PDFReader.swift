import Diagnostics

/// Reads a report published as a PDF with a text layer (exported from Word or WPS) into
/// the text layout: prose by page, ruled tables as tables (`PDFLayout`).
struct PDFReader {
    let file: String

    func read(_ bytes: [UInt8]) throws(Diagnostic) -> (text: String, origins: [LineOrigin?]) {
        let document: PDFDocument
        do {
            document = try PDFDocument(bytes)
        } catch {
            throw .unreadablePDF(file, reason: error.message)
        }
        let layout = PDFLayout.layout(document)
        guard layout.lines.contains(where: { !$0.trimmedText.isEmpty }) else {
            throw .scannedPDF(file, pages: document.pages().count)
        }
        return (layout.lines.joined(separator: "\n"), layout.origins)
    }
}
