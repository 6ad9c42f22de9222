/// Bytes the engine holds, estimated from counts rather than measured, so that a limit
/// on it stops a run at the same place on every machine and in every batch.
extension Network {
    /// The arenas as allocated, and the table of distinct values.
    var arenaBytes: Int {
        let facts = self.facts.headers.allocatedBytes + self.facts.atoms.allocatedBytes
        let tokens = self.tokens.allocatedBytes + tokenIndexes.allocatedBytes + buckets.allocatedBytes
        let alpha = alphaMaps.allocatedBytes + alphaBuckets.allocatedBytes + alphaEntries.allocatedBytes
        let matches = ruleMatches.allocatedBytes + agenda.activations.allocatedBytes
        return facts + tokens + alpha + matches + values.count * 64
    }
}

extension Fact {
    /// A snapshot: its header and values (text is shared with the value table).
    var estimatedBytes: Int { 96 + 24 * values.count }
}

extension Firing {
    /// The record kept for explanations: the facts it matched, as they were, and its bindings.
    var estimatedBytes: Int {
        matches.reduce(128 + 48 * bindings.count) { total, match in
            switch match {
            case .absent(_, let bindings), .test(_, let bindings): total + 48 + 48 * bindings.count
            default: total + 48 + match.facts.reduce(0) { $0 + $1.estimatedBytes }
            }
        }
    }
}
