import Diagnostics

/// Reads a report published as an HTML page (saved from a government site, or exported
/// by an office suite) into the text layout, with the place of every line.
struct HTMLReader {
    let file: String

    /// An .html/.htm file, or text that starts with a doctype or an `<html>` tag.
    static func looksLikeHTML(_ text: String, file: String) -> Bool {
        let name = file.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return true }
        let start = text.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.prefix(64)
        let head = String(decoding: start, as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && text.prefix(512).contains("<html")
    }

    func read(_ text: String) throws(Diagnostic) -> (text: String, origins: [LineOrigin?]) {
        do {
            let layout = try HTMLLayout(HTMLElement.parse(text)).layout
            return (layout.lines.joined(separator: "\n"), layout.origins)
        } catch {
            throw .tableTooLarge(file, cells: HTMLLayout.maximumCells)
        }
    }
}
