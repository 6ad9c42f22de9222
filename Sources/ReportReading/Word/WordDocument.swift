/// The body of a WordprocessingML document as the reader needs it: paragraphs with
/// their style and numbering, and tables with merged cells. Formatting is dropped.
enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

struct WordParagraph: Equatable {
    var styleID: String?
    /// Direct numbering (`w:numPr`); the style's numbering applies when nil.
    var numbering: WordNumberReference?
    /// Direct outline level (`w:outlineLvl`); the style's applies when nil.
    var outlineLevel: Int?
    /// The text, split where the paragraph has line breaks (`w:br`, `w:cr`).
    var lines: [String] = [""]
}

struct WordNumberReference: Equatable {
    let numberingID: String
    let level: Int
}

struct WordTable: Equatable {
    var rows: [[WordCell]] = []
}

struct WordCell: Equatable {
    var paragraphs: [WordParagraph] = []
    /// Grid columns the cell spans (`w:gridSpan`).
    var span = 1
    /// The cell continues a vertical merge from the row above (`w:vMerge` without "restart").
    var continuesMerge = false
}
