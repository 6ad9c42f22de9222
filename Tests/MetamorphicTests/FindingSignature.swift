import Audit
import Foundation

@testable import ReportReading

/// A finding as a layout change must leave it: its rule, its unit, the values it shows, and the
/// facts of the report it rests on, each named by what it is (an indicator by its name,
/// a budget line by its item, an execution by its figures), not by its line, its column
/// or how its digits and money are written.
struct FindingSignature: Hashable, CustomStringConvertible {
    let rule: String
    let unit: String
    let values: String
    let cited: [String]

    var description: String { "\(rule) \(unit) “\(values)” [\(cited.joined(separator: "; "))]" }

    /// The same finding without the facts a rewrite added; a finding over a whole table
    /// that now also counts them may say another number, so its values are not compared.
    func without(_ added: Set<String>) -> FindingSignature {
        guard cited.contains(where: added.contains) else { return self }
        return FindingSignature(rule: rule, unit: unit, values: Self.anyValues, cited: cited.filter { !added.contains($0) })
    }

    /// The same finding with its values not compared, as `other` has it.
    func matchingValues(of other: [FindingSignature]) -> FindingSignature {
        let loose = FindingSignature(rule: rule, unit: unit, values: Self.anyValues, cited: cited)
        return other.contains(loose) ? loose : self
    }

    static let anyValues = "…"

    static func of(_ audit: DocumentAudit) -> [FindingSignature] {
        let facts = Dictionary(audit.read.facts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return audit.findings.map { finding in
            let given = finding.resultIDs.compactMap { audit.engine.derivation(ofResult: $0) }.flatMap(\.givenFacts)
            let cited = Set(given.compactMap { ($0.provenance as? SourceFact).flatMap { facts[$0.id] }.map(anchor) })
            return FindingSignature(rule: finding.rule, unit: finding.unit, values: normalized(finding.values.map(\.value).joined(separator: "|")), cited: cited.sorted())
        }.sorted { $0.description < $1.description }
    }

    /// What a fact is, in words no layout change alters.
    static func anchor(_ fact: ExtractedFact) -> String {
        func slot(_ name: String) -> String { fact[name].map { normalized($0.description) } ?? "" }
        switch fact.kind {
        case "indicator": return "indicator \(slot("name"))"
        case "blank-indicator": return "blank \(slot("level1"))/\(slot("level2"))"
        case "indicator-table": return "table \(slot("unit"))"
        case "budget-line": return "budget-line \(slot("item"))"
        case "execution": return "execution \(slot("scope")) \(slot("budget")) \(slot("spent"))"
        case "section": return "section \(slot("kind")) \(slot("heading"))"
        case "self-score": return "score \(slot("score"))"
        case "grade": return "grade \(slot("grade"))"
        case "year-mention": return "year \(slot("year")) \(slot("about"))"
        case "stated-total": return "total \(slot("label")) \(slot("total"))"
        case "stated-share": return "share \(slot("label")) \(slot("percent"))"
        case "paragraph", "claim", "estimate": return "\(fact.kind) \(slot("text"))"
        default: return fact.kind
        }
    }

    /// Full-width digits as ASCII, thousands separators dropped, money in 万元.
    static func normalized(_ text: String) -> String {
        var result = QuantityScanner.withASCIIDigits(text)
        result = result.replacing(/(\d),(?=\d{3})/) { "\($0.output.1)" }
        result = result.replacing(/(\d+(?:\.\d+)?)元/) { match in
            guard let value = Decimal(string: String(match.output.1)) else { return String(match.output.0) }
            return NSDecimalNumber(decimal: value / 10000).stringValue + "万元"
        }
        return result
    }
}
