/// The states of aggregations, one per holder token, in a reusable table.
extension Network {
    func makeAggregate() -> Int32 {
        let state = AggregateState()
        if let slot = freeAggregates.popLast() {
            aggregates[Int(slot)] = state
            return slot
        }
        aggregates.append(state)
        return Int32(aggregates.count - 1)
    }

    /// A holder let go of its state; the state goes with its last holder.
    func releaseAggregate(_ slot: Int32) {
        guard let state = aggregates[Int(slot)] else { return }
        state.holders -= 1
        guard state.holders == 0 else { return }
        aggregates[Int(slot)] = nil
        freeAggregates.append(slot)
    }
}
