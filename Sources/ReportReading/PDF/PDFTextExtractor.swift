/// Runs a page's content stream (ISO 32000-1 §9.4) and collects the text it shows: each
/// run of glyphs with where it starts and ends on the page and its size. Form XObjects
/// are followed to a depth of 16; inline images are skipped.
struct PDFTextExtractor {
    /// A run of glyphs shown by one operator, in page space (points, y up).
    struct Run: Equatable {
        var text: String
        var x: Double
        var y: Double
        var endX: Double
        var size: Double
    }

    /// A straight stroke or a thin filled bar on the page: the ruling lines of tables.
    struct Segment: Equatable {
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    private let document: PDFDocument
    private(set) var runs: [Run] = []
    private(set) var segments: [Segment] = []
    private var fonts: [String: PDFFont] = [:]
    /// The path being built, in page space, until it is painted or dropped.
    private var path: [Segment] = []
    private var current: (Double, Double)?
    private var subpathStart: (Double, Double)?

    init(document: PDFDocument) {
        self.document = document
    }

    /// The text runs of a page.
    static func runs(of page: [String: PDFObject], in document: PDFDocument) -> [Run] {
        extract(page, in: document).runs
    }

    /// The text runs and the ruling lines of a page.
    static func extract(_ page: [String: PDFObject], in document: PDFDocument) -> PDFTextExtractor {
        var extractor = PDFTextExtractor(document: document)
        let contents: [PDFObject]
        switch document.resolve(page["Contents"]) {
        case .array(let parts): contents = parts
        case let single: contents = [single]
        }
        var data: [UInt8] = []
        for part in contents {
            data += (try? document.data(of: part)) ?? []
            data.append(0x0A)  // parts of a page's contents split only between tokens
        }
        extractor.run(data, resources: document.resolve(page["Resources"]).dictionary ?? [:], matrix: Matrix.identity, depth: 0)
        return extractor
    }

    struct Matrix: Equatable {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        static let identity = Matrix()

        /// self × other (self applied first).
        func then(_ o: Matrix) -> Matrix {
            Matrix(
                a: a * o.a + b * o.c, b: a * o.b + b * o.d, c: c * o.a + d * o.c, d: c * o.b + d * o.d,
                e: e * o.a + f * o.c + o.e, f: e * o.b + f * o.d + o.f)
        }

        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + c * y + e, b * x + d * y + f) }

        init(a: Double = 1, b: Double = 0, c: Double = 0, d: Double = 1, e: Double = 0, f: Double = 0) {
            (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
        }

        init?(_ numbers: [Double]) {
            guard numbers.count == 6 else { return nil }
            self.init(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], e: numbers[4], f: numbers[5])
        }
    }

    private struct TextState {
        var ctm = Matrix.identity
        var font: PDFFont?
        var size = 0.0, charSpacing = 0.0, wordSpacing = 0.0, scale = 1.0, leading = 0.0, rise = 0.0
    }

    /// What a content stream's operators change as it runs, and where it was called from.
    private struct Frame {
        var state = TextState()
        var stack: [TextState] = []
        var text = Matrix.identity, line = Matrix.identity
        let resources: [String: PDFObject]
        let fonts: [String: PDFObject]
        let xObjects: [String: PDFObject]
        let depth: Int

        /// `T*`, and before `'` and `"`: down one leading.
        mutating func nextLine() {
            line = Matrix(e: 0, f: -state.leading).then(line)
            text = line
        }
    }

    private mutating func run(_ data: [UInt8], resources: [String: PDFObject], matrix: Matrix, depth: Int) {
        guard depth < 16 else { return }
        var parser = PDFParser(data)
        var operands: [PDFObject] = []
        var frame = Frame(
            resources: resources, fonts: document.resolve(resources["Font"]).dictionary ?? [:],
            xObjects: document.resolve(resources["XObject"]).dictionary ?? [:], depth: depth)
        frame.state.ctm = matrix
        while parser.position < data.count {
            parser.skipSpace()
            guard parser.position < data.count else { break }
            if Self.startsOperand(data[parser.position]) {
                guard let operand = try? parser.object() else {
                    parser.position += 1
                    operands = []
                    continue
                }
                operands.append(operand)
                if operands.count > 64 { operands.removeFirst() }
                continue
            }
            let op = parser.word()
            if op.isEmpty {
                parser.position += 1
                continue
            }
            let numbers = operands.compactMap(\.number)
            if op == "BI" {
                // An inline image: its data runs to `EI` after whitespace.
                if let end = PDFParser.find("EI", in: data, from: parser.position) { parser.position = end + 2 }
            } else if op == "Do" {
                drawForm(operands.first?.name, frame)
            } else if !textOperator(op, operands, numbers, &frame) {
                pathOperator(op, numbers, frame.state.ctm)
            }
            operands = []
        }
    }

    private static func startsOperand(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Graphics state, text state, positioning and showing; false for any other operator.
    private mutating func textOperator(_ op: String, _ operands: [PDFObject], _ numbers: [Double], _ frame: inout Frame) -> Bool {
        switch op {
        case "q": frame.stack.append(frame.state)
        case "Q": if let saved = frame.stack.popLast() { frame.state = saved }
        case "cm": if let m = Matrix(numbers) { frame.state.ctm = m.then(frame.state.ctm) }
        case "BT": (frame.text, frame.line) = (.identity, .identity)
        case "Tf":
            if let name = operands.first?.name, let size = numbers.last {
                frame.state.size = size
                frame.state.font = font(name, in: frame.fonts)
            }
        case "Tm": if let m = Matrix(numbers) { (frame.text, frame.line) = (m, m) }
        case "Td", "TD":
            if numbers.count == 2 {
                if op == "TD" { frame.state.leading = -numbers[1] }
                frame.line = Matrix(e: numbers[0], f: numbers[1]).then(frame.line)
                frame.text = frame.line
            }
        case "T*": frame.nextLine()
        case "Tc": frame.state.charSpacing = numbers.first ?? 0
        case "Tw": frame.state.wordSpacing = numbers.first ?? 0
        case "Tz": frame.state.scale = (numbers.first ?? 100) / 100
        case "TL": frame.state.leading = numbers.first ?? 0
        case "Ts": frame.state.rise = numbers.first ?? 0
        case "Tj", "'", "\"":
            if op != "Tj" { frame.nextLine() }
            if let string = operands.last?.string { show([.string(string)], state: frame.state, text: &frame.text) }
        case "TJ": if let items = operands.last?.array { show(items, state: frame.state, text: &frame.text) }
        default: return false
        }
        return true
    }

    /// A form XObject drawn with `Do`: its content runs in its own matrix and resources.
    private mutating func drawForm(_ name: String?, _ frame: Frame) {
        guard let name, case .stream(let form, _) = document.resolve(frame.xObjects[name]), form["Subtype"]?.name == "Form",
            let data = try? document.data(of: frame.xObjects[name] ?? .null)
        else { return }
        let formMatrix = Matrix(document.resolve(form["Matrix"]).array?.compactMap(\.number) ?? []) ?? .identity
        let formResources = document.resolve(form["Resources"]).dictionary ?? frame.resources
        run(data, resources: formResources, matrix: formMatrix.then(frame.state.ctm), depth: frame.depth + 1)
    }

    /// Path construction and painting: the ruling lines of tables.
    private mutating func pathOperator(_ op: String, _ numbers: [Double], _ ctm: Matrix) {
        switch op {
        case "m":
            if numbers.count == 2 {
                current = ctm.apply(numbers[0], numbers[1])
                subpathStart = current
            }
        case "l":
            if numbers.count == 2, let from = current {
                let to = ctm.apply(numbers[0], numbers[1])
                path.append(Segment(x0: from.0, y0: from.1, x1: to.0, y1: to.1))
                current = to
            }
        case "h": if let from = current, let start = subpathStart { path.append(Segment(x0: from.0, y0: from.1, x1: start.0, y1: start.1)) }
        case "re": if numbers.count == 4 { rectangle(numbers[0], numbers[1], numbers[2], numbers[3], ctm) }
        case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
            if segments.count < 100_000 { segments += path.prefix(100_000 - segments.count) }
            path = []
            current = nil
        case "n":
            path = []
            current = nil
        default: break
        }
    }

    private mutating func rectangle(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ ctm: Matrix) {
        let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)].map { ctm.apply($0.0, $0.1) }
        let (a, c) = (corners[0], corners[2])
        if abs(w) < 2 || abs(h) < 2 {
            // A thin filled bar is a ruling line along its length.
            path.append(abs(w) < 2 ? Segment(x0: (a.0 + c.0) / 2, y0: a.1, x1: (a.0 + c.0) / 2, y1: c.1) : Segment(x0: a.0, y0: (a.1 + c.1) / 2, x1: c.0, y1: (a.1 + c.1) / 2))
        } else {
            for i in 0..<4 { path.append(Segment(x0: corners[i].0, y0: corners[i].1, x1: corners[(i + 1) % 4].0, y1: corners[(i + 1) % 4].1)) }
        }
    }

    private mutating func font(_ name: String, in resources: [String: PDFObject]) -> PDFFont? {
        if let known = fonts[name] { return known }
        guard let dictionary = document.resolve(resources[name]).dictionary else { return nil }
        let font = PDFFont(dictionary, in: document)
        fonts[name] = font
        return font
    }

    /// Shows strings (and `TJ` adjustments), advancing the text matrix glyph by glyph.
    private mutating func show(_ items: [PDFObject], state: TextState, text: inout Matrix) {
        guard let font = state.font else { return }
        var shown = ""
        var start: (Double, Double)?
        for item in items {
            if let adjustment = item.number {
                text = Matrix(e: -adjustment / 1000 * state.size * state.scale).then(text)
                continue
            }
            guard let bytes = item.string else { continue }
            for code in font.codes(bytes) {
                let position = Matrix(f: state.rise).then(text).then(state.ctm).apply(0, 0)
                if start == nil { start = position }
                shown += font.text(code)
                let isSpace = !font.isComposite && code == 32
                let advance = (font.width(code) / 1000 * state.size + state.charSpacing + (isSpace ? state.wordSpacing : 0)) * state.scale
                text = Matrix(e: advance).then(text)
            }
        }
        guard let (x, y) = start, !shown.isEmpty else { return }
        let (endX, _) = text.then(state.ctm).apply(0, 0)
        let size = state.size * max(abs(text.d * state.ctm.d), abs(text.b * state.ctm.c), 0.01)
        runs.append(Run(text: shown, x: x, y: y, endX: endX, size: size))
    }
}
