import Diagnostics

/// Reads a .docx (an Office Open XML package) into the text layout of the samples with
/// the place of every line.
struct DocxReader {
    let package: OfficePackage

    func read() throws(Diagnostic) -> (text: String, origins: [LineOrigin?]) {
        let blocks: [WordBlock]
        switch WordXMLParser.parse(try package.mainPartBytes()) {
        case .success(let parsed): blocks = parsed
        case .failure(let error): throw .malformedPart(package.file, part: package.mainPart, error)
        }
        let styles = WordStyles(try package.tree("word/styles.xml"))
        let numbering = WordNumbering(try package.tree("word/numbering.xml"), styles: styles)
        let layout = WordLayout(blocks, numbering: numbering, styles: styles)
        return (layout.lines.joined(separator: "\n"), layout.origins)
    }
}
