/// The catalogue of reading-vocabulary diagnostic codes: what each means, in one line.
/// knowledge/README.md shows it; the fixture tests check every code has a fixture.
public enum VocabularyCodes {
    public struct Entry: Sendable {
        public let code: String
        public let summary: String
        /// Said of a place in a file (false: of where files were looked for).
        public var inAFile = true
    }

    public static let all: [Entry] = [
        Entry(code: "KB201", summary: "a line that is neither a declaration nor a field, or an unknown declaration"),
        Entry(code: "KB202", summary: "a name the reader does not know (a table, column, field, row, section or label)"),
        Entry(code: "KB203", summary: "unknown field for this declaration"),
        Entry(code: "KB204", summary: "a column before any table"),
        Entry(code: "KB205", summary: "an entry declared twice"),
        Entry(code: "KB206", summary: "one word given to two entries of the same group"),
        Entry(code: "KB207", summary: "an example that cannot be read"),
        Entry(code: "KB208", summary: "needs: names a column the table does not declare"),
        Entry(code: "KB209", summary: "a unit's factor that is not a positive number"),
        Entry(code: "KB210", summary: "a missing Chinese name, words, factor or needs, or an empty field"),
        Entry(code: "KB211", summary: "a quoted text not closed, or text after the Chinese name"),
        Entry(code: "KB212", summary: "a vocabulary file that cannot be read"),
        Entry(code: "KB213", summary: "no reading vocabulary where the knowledge base was looked for", inAFile: false),
        Entry(code: "KB250", summary: "warning: an entry without an example"),
    ]
}
