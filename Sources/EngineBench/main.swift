import EngineWorkloads
import Audit
import Diagnostics
import Foundation
import ReportReading
import RuleEngine
import RuleLanguage
import ZipArchive

/// engine-bench: the engine's and the reader's speed, release-built.
///   engine-bench manners FACTS.fct [--print] [--strategy depth|breadth] [--rules FILE.rules]
///   engine-bench audit-load N [--print] [--clips FACTS.clp]
///   engine-bench read [--repeat N] REPORT…
///   engine-bench check [--repeat N] [--knowledge DIR] REPORT…
///   engine-bench unzip [--repeat N] ARCHIVE
let usage = """
    usage: engine-bench manners FACTS.fct [--print] [--strategy depth|breadth] [--rules FILE.rules]
           engine-bench audit-load N [--print] [--clips FACTS.clp]
           engine-bench read [--repeat N] REPORT…
           engine-bench check [--repeat N] [--knowledge DIR] REPORT…
           engine-bench unzip [--repeat N] ARCHIVE
    """

func fail(_ message: String, code: Int32 = 64) -> Never {
    FileHandle.standardError.write(Data("engine-bench: \(message)\n".utf8))
    exit(code)
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func manners(_ arguments: ArraySlice<String>) throws {
    var file: String?
    var print = false
    var strategy = ConflictStrategy.depth
    var rulesFile: String?
    var rest = arguments
    while let argument = rest.popFirst() {
        switch argument {
        case "--print": print = true
        case "--strategy":
            guard let name = rest.popFirst(), let chosen = ConflictStrategy(rawValue: name) else {
                fail("--strategy takes depth or breadth")
            }
            strategy = chosen
        case "--rules":
            guard let path = rest.popFirst() else { fail("--rules takes a .rules file") }
            rulesFile = path
        default:
            guard file == nil, !argument.hasPrefix("-") else { fail("unexpected argument '\(argument)'\n\(usage)") }
            file = argument
        }
    }
    guard let file else { fail("manners needs a facts file\n\(usage)") }
    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
        fail("cannot read \(file)", code: 1)
    }
    let entries = try FactFile.parse(text, file: file)
    // The program as engine-API rules, or as compiled from the rule language.
    var templates = Manners.templates, rules = Manners.rules
    if let rulesFile {
        let loaded = KnowledgeLoader.load(paths: [rulesFile])
        guard !loaded.hasErrors else { fail(loaded.diagnostics.map(\.description).joined(separator: "\n"), code: 1) }
        templates = loaded.knowledgeBase.templates.map(\.engineTemplate)
        rules = loaded.knowledgeBase.rules.map(\.engineRule)
    }
    let start = DispatchTime.now()
    let (engine, summary) = try Manners.run(entries, strategy: strategy, templates: templates, rules: rules)
    let elapsed = seconds(since: start)
    if print {
        for (seat, guest) in Manners.seating(of: engine).sorted(by: { $0.key < $1.key }) {
            Swift.print("seat \(seat) \(guest)")
        }
    }
    Swift.print("firings \(summary.firings) time \(String(format: "%.3f", elapsed))")
}

func auditLoad(_ arguments: ArraySlice<String>) throws {
    var rest = arguments
    var print = false
    var clipsFile: String?
    var indicators: Int?
    while let argument = rest.popFirst() {
        switch argument {
        case "--print": print = true
        case "--clips":
            guard let path = rest.popFirst() else { fail("--clips takes a file to write the facts to") }
            clipsFile = path
        default:
            guard indicators == nil, let number = Int(argument), number >= 20 else {
                fail("audit-load needs a number of indicators, at least 20\n\(usage)")
            }
            indicators = number
        }
    }
    guard let indicators else { fail("audit-load needs a number of indicators, at least 20\n\(usage)") }
    let entries = AuditLoad.facts(indicators: indicators)
    if let clipsFile {
        // The same facts for Benchmarks/audit-load.clp, loaded with (load-facts …).
        let lines = entries.map { entry in
            "(\(entry.template) " + entry.slots.sorted { $0.key < $1.key }.map { "(\($0.key) \($0.value.literal))" }.joined(separator: " ") + ")"
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: clipsFile))
        return
    }
    let engine = Engine()
    for template in AuditLoad.templates { try engine.declare(template) }
    for rule in AuditLoad.rules { try engine.add(rule) }
    let start = DispatchTime.now()
    for entry in entries { try engine.assert(entry.template, entry.slots) }
    let summary = try engine.run()
    let elapsed = seconds(since: start)
    if print {
        // The findings left standing, `rule key`, as Benchmarks/audit-load.clp prints them.
        for result in engine.standingResults where result.name == "finding" {
            let values = result.arguments.map { argument -> String in
                if case .text(let text) = argument.value { text } else { argument.value.literal }
            }
            Swift.print(values.joined(separator: " "))
        }
    }
    Swift.print(
        "audit-load indicators \(indicators) facts \(entries.count) firings \(summary.firings) findings \(engine.results.count) "
            + "time \(String(format: "%.3f", elapsed)) facts/s \(Int(Double(entries.count) / max(elapsed, 1e-9)))")
}

/// Reads reports N times (default 10), and with `audit` also audits them with the
/// knowledge base; prints bytes, facts, findings and throughput per pass.
func read(_ arguments: ArraySlice<String>, audit: Bool) throws {
    var rest = arguments
    var repeats = 10
    var knowledgePath = "knowledge"
    while let option = rest.first, option.hasPrefix("--") {
        rest.removeFirst()
        switch option {
        case "--repeat":
            guard let count = rest.popFirst().flatMap({ Int($0) }), count > 0 else { fail("--repeat takes a positive number") }
            repeats = count
        case "--knowledge" where audit:
            guard let path = rest.popFirst() else { fail("--knowledge takes a folder") }
            knowledgePath = path
        default: fail("unexpected option '\(option)'\n\(usage)")
        }
    }
    guard !rest.isEmpty else { fail("name some report files\n\(usage)") }
    let files = rest.map { path -> (String, Data) in
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)", code: 1) }
        return (path, data)
    }
    let loaded = AuditKnowledge.load(paths: [knowledgePath])
    guard !loaded.hasErrors else { fail(loaded.diagnostics.map(\.description).joined(separator: "\n"), code: 1) }
    let auditor = audit ? Auditor(knowledge: loaded.knowledge.rules) : nil
    let reader = loaded.knowledge.reader()
    var facts = 0, findings = 0
    let start = DispatchTime.now()
    for _ in 0..<repeats {
        facts = 0
        findings = 0
        for (path, data) in files {
            let report = try reader.read(data: data, file: path)
            facts += report.facts.count
            if let auditor { findings += try auditor.audit(report).findings.count }
        }
    }
    let elapsed = seconds(since: start)
    let bytes = files.reduce(0) { $0 + $1.1.count }
    Swift.print(
        "\(audit ? "check" : "read") files \(files.count) bytes \(bytes) facts \(facts)\(audit ? " findings \(findings)" : "") "
            + "repeats \(repeats) time/pass \(String(format: "%.4f", elapsed / Double(repeats))) "
            + "KiB/s \(Int(Double(bytes * repeats) / 1024 / max(elapsed, 1e-9)))")
}

/// Unpacks every entry of a ZIP archive N times (default 10): the cost of our inflate.
func unzip(_ arguments: ArraySlice<String>) throws {
    var rest = arguments
    var repeats = 10
    if rest.first == "--repeat" {
        rest.removeFirst()
        guard let count = rest.popFirst().flatMap({ Int($0) }), count > 0 else { fail("--repeat takes a positive number") }
        repeats = count
    }
    guard rest.count == 1, let path = rest.first, let data = FileManager.default.contents(atPath: path) else {
        fail("name one readable archive\n\(usage)")
    }
    let start = DispatchTime.now()
    var unpacked = 0
    for _ in 0..<repeats {
        let archive = try ZipArchive(bytes: [UInt8](data), limits: ZipArchive.Limits(maximumRatio: .max))
        unpacked = try archive.entries.reduce(0) { $0 + (try archive.contents(of: $1)).count }
    }
    let elapsed = seconds(since: start)
    Swift.print(
        "unzip bytes \(data.count) unpacked \(unpacked) repeats \(repeats) time/pass \(String(format: "%.4f", elapsed / Double(repeats))) "
            + "MiB/s \(String(format: "%.1f", Double(unpacked * repeats) / 1_048_576 / max(elapsed, 1e-9)))")
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "manners": try manners(arguments.dropFirst())
    case "audit-load": try auditLoad(arguments.dropFirst())
    case "read": try read(arguments.dropFirst(), audit: false)
    case "check": try read(arguments.dropFirst(), audit: true)
    case "unzip": try unzip(arguments.dropFirst())
    case "--help", "-h": print(usage)
    case let other?: fail("unknown command '\(other)'\n\(usage)")
    case nil: fail("missing command\n\(usage)")
    }
} catch let error as EngineError {
    fail(error.diagnostic.description, code: 1)
} catch let error as Diagnostic {
    fail(error.description, code: 1)
} catch {
    fail("\(error)", code: 1)
}
