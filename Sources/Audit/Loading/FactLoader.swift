import ReportReading
import RuleEngine

/// Puts a report's facts into an engine. Kinds the knowledge base does not declare,
/// and slots a template does not have, are left out: a knowledge base may ignore what
/// it has no rule for (a test keeps the shipped one in step with the reader).
enum FactLoader {
    /// Asserts the facts in order (a table before its rows); returns the engine id of
    /// each reader id.
    static func load(_ facts: [ExtractedFact], into engine: Engine) throws(EngineError) -> [String: FactID] {
        var ids: [String: FactID] = [:]
        for fact in facts {
            guard let template = engine.template(named: fact.kind) else { continue }
            var slots: [String: Value] = [:]
            for (name, value) in fact.slots where template.slotIndex(name) != nil {
                if let target = fact.links[name] {
                    slots[name] = ids[target].map(Value.reference) ?? .absent
                } else {
                    slots[name] = value
                }
            }
            let provenance = SourceFact(
                id: fact.id, kind: fact.kind, unit: fact.unit, citation: fact.citation, slotCitations: fact.slotCitations)
            ids[fact.id] = try engine.assert(fact.kind, slots, provenance: provenance)
        }
        return ids
    }
}
