import Diagnostics
import ExactDecimal
import Foundation

/// Reads the reading vocabulary from `.vocab` files and checks it: names the reader
/// knows, no entry declared twice, no word claimed by two entries of one group, and
/// examples it can run.
public enum VocabularyLoader {
    public struct Result: Sendable {
        public let vocabulary: ReadingVocabulary
        /// Errors, sorted by file and place.
        public let diagnostics: [Diagnostic]
        /// Entries without examples.
        public let warnings: [Diagnostic]
        public let files: [String]

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// The `.vocab` files the paths name: files as given, folders searched (sorted).
    public static func files(in paths: [String], relativeTo directory: String? = nil) -> [String] {
        var files: [String] = []
        for path in paths {
            let location = FilePath.resolve(path, from: directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                // A folder given as a symbolic link is searched where it points.
                let target = URL(fileURLWithPath: location).resolvingSymlinksInPath().path
                let found = (FileManager.default.enumerator(atPath: target)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".vocab") }.sorted()
                files += found.map { "\(base)/\($0)" }
            } else if path.hasSuffix(".vocab") {
                files.append(path)
            }
        }
        return files
    }


    /// Loads every `.vocab` file under the paths.
    public static func load(paths: [String], relativeTo directory: String? = nil) -> Result {
        var sources: [(String, String)] = []
        var diagnostics: [Diagnostic] = []
        for file in files(in: paths, relativeTo: directory) {
            switch KnowledgeFileText.read(FilePath.resolve(file, from: directory)) {
            case .success(let text): sources.append((file, text))
            case .failure(let unreadable): diagnostics.append(.vocabularyUnreadable(file, unreadable.reason))
            }
        }
        let result = load(sources: sources)
        return Result(
            vocabulary: result.vocabulary, diagnostics: (diagnostics + result.diagnostics).sortedForDisplay(),
            warnings: result.warnings, files: sources.map(\.0))
    }

    /// Loads from texts in memory (path, text).
    public static func load(sources: [(path: String, text: String)]) -> Result {
        var builder = VocabularyBuilder()
        for (path, text) in sources {
            var parser = VocabularyParser(path: path)
            parser.parse(text)
            builder.diagnostics += parser.diagnostics
            builder.add(parser.declarations)
        }
        builder.vocabulary.sources = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        builder.checkWords()
        builder.vocabulary.compile()
        return Result(
            vocabulary: builder.vocabulary, diagnostics: builder.diagnostics.sortedForDisplay(),
            warnings: builder.warnings.sortedForDisplay(), files: sources.map(\.path))
    }
}

/// Turns parsed declarations into the vocabulary, checking names and examples.
private struct VocabularyBuilder {
    typealias Declaration = VocabularyParser.Declaration

    var vocabulary = ReadingVocabulary()
    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    private var declared: [String: SourceRange] = [:]

    mutating func add(_ declarations: [Declaration]) {
        for (index, declaration) in declarations.enumerated() {
            switch declaration.keyword {
            case .table: addTable(declaration, columns: declarations.filter { $0.table == index })
            case .column: break  // with its table
            case .unit: addUnit(declaration)
            default:
                guard let (kind, known, list) = Self.list(of: declaration.keyword) else { continue }
                if let entry = named(declaration, kind: kind, known: known) { vocabulary[keyPath: list].append(entry) }
            }
        }
    }

    /// For a declaration of a plain list of entries: what it is called, the names the
    /// reader knows (nil: any name), and where its entries go.
    private static func list(
        of keyword: Declaration.Keyword
    ) -> (kind: String, known: [String]?, list: WritableKeyPath<ReadingVocabulary, [VocabularyEntry]>)? {
        switch keyword {
        case .field: ("field", TableField.allCases.map(\.rawValue), \.fields)
        case .row: ("row", RowRole.allCases.map(\.rawValue), \.rows)
        case .section: ("section", SectionKind.described.map(\.vocabularyName), \.sections)
        case .label: ("label", QuantityLabel.allCases.map(\.rawValue), \.labels)
        case .measure: ("measure", nil, \.measures)
        case .operator: ("operator", OperatorKind.allCases.map(\.rawValue), \.operators)
        case .unitKind: ("unit-kind", UnitKind.allCases.map(\.vocabularyName), \.unitKinds)
        case .grade: ("grade", GradeName.allCases.map(\.rawValue), \.grades)
        case .verdict: ("verdict", VerdictName.allCases.map(\.rawValue), \.verdicts)
        case .statement: ("statement", StatementName.allCases.map(\.rawValue), \.statements)
        case .counted: ("counted", nil, \.counted)
        case .organisation: ("organisation", nil, \.organisations)
        case .table, .column, .unit: nil
        }
    }

    /// Records a declaration's name; false when it was declared before.
    private mutating func firstDeclaration(_ key: String, _ what: String, _ range: SourceRange) -> Bool {
        if let first = declared[key] {
            diagnostics.append(.vocabularyDuplicate(what, first: first, range))
            return false
        }
        declared[key] = range
        return true
    }

    private mutating func entry(_ declaration: Declaration, what: String) -> VocabularyEntry? {
        guard let title = declaration.title else {
            diagnostics.append(.vocabularyMissing(.chineseName, in: what, declaration.nameRange))
            return nil
        }
        if declaration.words.isEmpty, declaration.exact.isEmpty, declaration.keyword != .table {
            diagnostics.append(.vocabularyMissing(.words, in: what, declaration.nameRange))
        }
        if declaration.examples.isEmpty, !declaration.hasErrors { warnings.append(.vocabularyWithoutExample(what, declaration.nameRange)) }
        return VocabularyEntry(
            name: declaration.name, title: title, words: declaration.words.map(\.0), exact: declaration.exact.map(\.0),
            unless: declaration.unless.map(\.0), about: declaration.about.map(\.0), counters: declaration.counters.map(\.0),
            range: declaration.nameRange)
    }

    /// A field, row, measure, operator, section or label entry, with its examples; nil
    /// when it cannot be used. `known` are the names the reader reads (nil: any name).
    private mutating func named(_ declaration: Declaration, kind: String, known: [String]?) -> VocabularyEntry? {
        if let known, !known.contains(declaration.name) {
            diagnostics.append(.vocabularyUnknownName(declaration.name, kind: kind, known: known, declaration.nameRange))
            return nil
        }
        let what = "\(kind) \(declaration.name)"
        guard firstDeclaration(what, what, declaration.nameRange), let entry = entry(declaration, what: what) else { return nil }
        for example in declaration.examples {
            let subject: VocabularyExample.Subject
            switch declaration.keyword {
            case .field: subject = .field(declaration.name)
            case .row: subject = .row(declaration.name)
            case .section: subject = .section(declaration.name)
            case .measure: subject = .measure(declaration.name)
            case .operator: subject = .operator(declaration.name)
            case .unitKind: subject = .unitKind(declaration.name)
            case .grade: subject = .grade(declaration.name)
            case .verdict: subject = .verdict(declaration.name)
            case .statement: subject = .statement(declaration.name)
            case .counted: subject = .counted(declaration.name)
            case .organisation: subject = .organisation(declaration.name)
            default: subject = .label(declaration.name)
            }
            addExample(subject, owner: what, example)
        }
        return entry
    }

    private mutating func addTable(_ declaration: Declaration, columns: [Declaration]) {
        let names = TableKind.described.map(\.vocabularyName)
        guard let kind = TableKind.described.first(where: { $0.vocabularyName == declaration.name }) else {
            diagnostics.append(.vocabularyUnknownName(declaration.name, kind: "table", known: names, declaration.nameRange))
            return
        }
        let what = "table \(declaration.name)"
        guard firstDeclaration(what, what, declaration.nameRange), let entry = entry(declaration, what: what) else { return }
        var declaredColumns: [(TableColumn, VocabularyEntry)] = []
        for column in columns {
            let known = kind.columns.map(\.rawValue)
            guard let name = TableColumn(rawValue: column.name), kind.columns.contains(name) else {
                diagnostics.append(.vocabularyUnknownName(column.name, kind: "column", table: declaration.name, known: known, column.nameRange))
                continue
            }
            let columnWhat = "column \(column.name) of table \(declaration.name)"
            guard firstDeclaration(columnWhat, "column \(column.name)", column.nameRange), let columnEntry = self.entry(column, what: columnWhat)
            else { continue }
            declaredColumns.append((name, columnEntry))
        }
        var needs: [[TableColumn]] = []
        for set in declaration.needs {
            var columnsNeeded: [TableColumn] = []
            for (name, range) in set {
                guard let column = TableColumn(rawValue: name), declaredColumns.contains(where: { $0.0 == column }) else {
                    diagnostics.append(.vocabularyUndeclaredNeed(name, table: declaration.name, range))
                    continue
                }
                columnsNeeded.append(column)
            }
            if !columnsNeeded.isEmpty { needs.append(columnsNeeded) }
        }
        if declaration.needs.isEmpty {
            diagnostics.append(.vocabularyMissing(.needs, in: what, declaration.nameRange))
        }
        vocabulary.tables.append(TableWords(kind: kind, entry: entry, needs: needs, columns: declaredColumns))
        for example in declaration.examples { addExample(.table(kind), owner: what, example) }
        for column in columns {
            guard let name = TableColumn(rawValue: column.name), kind.columns.contains(name) else { continue }
            for example in column.examples { addExample(.column(kind, name), owner: "column \(column.name) of \(declaration.name)", example) }
        }
    }

    private mutating func addUnit(_ declaration: Declaration) {
        let what = "unit \(declaration.name)"
        guard firstDeclaration(what, what, declaration.nameRange) else { return }
        guard let (text, range) = declaration.factor else {
            diagnostics.append(.vocabularyMissing(.factor, in: what, declaration.nameRange))
            return
        }
        guard let factor = Number(text), factor > .zero else {
            diagnostics.append(.vocabularyBadFactor(text, range))
            return
        }
        if declaration.examples.isEmpty, !declaration.hasErrors { warnings.append(.vocabularyWithoutExample(what, declaration.nameRange)) }
        vocabulary.units.append(MoneyUnit(name: declaration.name, inTenThousands: factor, range: declaration.nameRange))
        for example in declaration.examples { addExample(.unit(declaration.name), owner: what, example) }
    }

    private mutating func addExample(_ subject: VocabularyExample.Subject, owner: String, _ example: (input: String, expected: String?, range: SourceRange)) {
        let value = VocabularyExample(subject: subject, owner: owner, input: example.input, expected: example.expected, range: example.range)
        if let problem = VocabularyExamples.problem(with: value) {
            diagnostics.append(.vocabularyBadExample(problem.why, example.range, help: problem.help))
            return
        }
        vocabulary.examples.append(value)
    }

    /// A word claimed by two entries of one group makes one of them unreachable for it.
    mutating func checkWords() {
        var groups: [(String, [VocabularyEntry])] = vocabulary.tables.map { ("table \($0.kind.vocabularyName)", $0.columns.map(\.entry)) }
        groups += [
            ("fields", vocabulary.fields), ("rows", vocabulary.rows), ("sections", vocabulary.sections), ("labels", vocabulary.labels),
            ("measures", vocabulary.measures), ("operators", vocabulary.operators), ("unit kinds", vocabulary.unitKinds), ("grades", vocabulary.grades), ("verdicts", vocabulary.verdicts), ("statements", vocabulary.statements), ("counted", vocabulary.counted),
            ("organisations", vocabulary.organisations),
        ]
        for (_, entries) in groups {
            var owner: [String: VocabularyEntry] = [:]
            for entry in entries {
                for word in Set(entry.words + entry.exact) {
                    if let first = owner[word], first.name != entry.name {
                        diagnostics.append(.vocabularyAmbiguousWord(word, first: first.name, second: entry.name, firstRange: first.range, entry.range))
                    } else {
                        owner[word] = entry
                    }
                }
            }
        }
    }
}
