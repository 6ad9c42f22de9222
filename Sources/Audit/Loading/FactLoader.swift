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
                slots[name] = engineValue(value, ids: ids)
            }
            let provenance = SourceFact(
                id: fact.id, kind: fact.kind, unit: fact.unit, citation: fact.citation, slotCitations: fact.slotCitations)
            ids[fact.id] = try engine.assert(fact.kind, slots, provenance: provenance)
        }
        return ids
    }

    /// The engine's value for a reader's slot; a link to a fact not loaded is absent.
    static func engineValue(_ value: SlotValue, ids: [String: FactID]) -> Value {
        switch value {
        case .absent: .absent
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .boolean(let boolean): .boolean(boolean)
        case .list(let items): .list(items.map { engineValue($0, ids: ids) })
        case .fact(let id): ids[id].map(Value.reference) ?? .absent
        }
    }
}
