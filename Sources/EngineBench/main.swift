import EngineWorkloads
import Foundation
import RuleEngine
import RuleLanguage

/// engine-bench: the engine's speed, release-built.
///   engine-bench manners FACTS.fct [--print] [--strategy depth|breadth] [--rules FILE.rules]
///   engine-bench audit-load N
let usage = """
    usage: engine-bench manners FACTS.fct [--print] [--strategy depth|breadth] [--rules FILE.rules]
           engine-bench audit-load N
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
    guard arguments.count == 1, let indicators = arguments.first.flatMap({ Int($0) }), indicators >= 20 else {
        fail("audit-load needs a number of indicators, at least 20\n\(usage)")
    }
    let entries = AuditLoad.facts(indicators: indicators)
    let engine = Engine()
    for template in AuditLoad.templates { try engine.declare(template) }
    for rule in AuditLoad.rules { try engine.add(rule) }
    let start = DispatchTime.now()
    for entry in entries { try engine.assert(entry.template, entry.slots) }
    let summary = try engine.run()
    let elapsed = seconds(since: start)
    Swift.print(
        "audit-load indicators \(indicators) facts \(entries.count) firings \(summary.firings) findings \(engine.results.count) "
            + "time \(String(format: "%.3f", elapsed)) facts/s \(Int(Double(entries.count) / max(elapsed, 1e-9)))")
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "manners": try manners(arguments.dropFirst())
    case "audit-load": try auditLoad(arguments.dropFirst())
    case "--help", "-h": print(usage)
    case let other?: fail("unknown command '\(other)'\n\(usage)")
    case nil: fail("missing command\n\(usage)")
    }
} catch let error as EngineError {
    fail(error.diagnostic.description, code: 1)
} catch {
    fail("\(error)", code: 1)
}
