import ReportReading
import RuleEngine
import RuleLanguage

/// The places a finding cites: what its rule read, not everything behind it.
///
/// The facts its conditions matched and aggregated are cited, a derived one by what it
/// was derived from. Those that only bear witness (`exists`, another finding, which is
/// cited by itself) are left to the explanation. A rule may name the conditions it cites
/// (`cites: ?s`): a "存在问题：无" finding cites the 无 line, not every cell of every
/// problem the unit has.
enum FindingEvidence {

    static func citations(_ derivation: Derivation?, citedConditions: [Int]? = nil) -> [Citation] {
        guard let derivation, case .result(let id) = derivation.root, let result = derivation.results[id] else { return [] }
        var sources: [SourceFact] = []
        var cells: [Citation] = []
        var pending = [result.firing]
        var seen = Set<Int>()
        func read(_ fact: Fact, _ pattern: Pattern? = nil) {
            if let source = fact.provenance as? SourceFact {
                sources.append(source)
                if let pattern { cells += outside(source, read: pattern) }
            } else if fact.template.name != KnowledgeBase.findingTemplate, case .firing(let origin)? = derivation.facts[fact.timestamp]?.origin {
                pending.append(origin)
            }
        }
        while let sequence = pending.popLast() {
            guard seen.insert(sequence).inserted, let firing = derivation.firings[sequence] else { continue }
            let matches = sequence == result.firing
                ? firing.matches.enumerated().filter { citedConditions?.contains($0.offset) ?? true }.map(\.element)
                : firing.matches
            for match in matches {
                switch match {
                case .fact(let pattern, let fact): read(fact, pattern)
                case .aggregate(_, _, let members): members.forEach { read($0) }
                case .exists, .absent, .test: continue
                }
            }
        }
        let precise = sources.filter { $0.kind != "report" && $0.kind != "unit" }
        return Citation.ordered((precise.isEmpty ? sources : precise).map(\.citation) + cells)
    }

    /// The cells of the slots a pattern read that lie outside the fact's own place: the
    /// "无" under a heading, which the heading alone does not show.
    static func outside(_ source: SourceFact, read pattern: Pattern) -> [Citation] {
        let slots = Set(pattern.slots.map(\.slot) + pattern.tests.flatMap(\.leaves).compactMap { if case .slot(let s) = $0 { s } else { nil } })
        return slots.sorted().compactMap { source.slotCitations[$0] }.filter { cell in
            cell.line < source.citation.line || cell.endLine > source.citation.endLine
        }
    }
}
