/// The buckets of alpha indexes: facts of one alpha memory by join key.
extension Network {
    /// The first entry of the bucket for `key` in an alpha index, or 0; walk on with
    /// `alphaEntries[entry].next`.
    @inline(__always)
    func firstEntry(in index: Int32, key: JoinKey) -> Int32 {
        let bucket = alphaMaps[index].find(key)
        return bucket == 0 ? 0 : alphaBuckets[bucket].head
    }

    func addToAlpha(_ fact: FactHandle, index: Int32, key: JoinKey) {
        var bucket = alphaMaps[index].find(key)
        if bucket == 0 {
            bucket = alphaBuckets.allocate(AlphaBucket(key: key))
            alphaMaps[index].insert(key, bucket)
        }
        let tail = alphaBuckets[bucket].tail
        let entry = alphaEntries.allocate(AlphaEntry(fact: fact, previous: tail))
        if tail != 0 { alphaEntries[tail].next = entry } else { alphaBuckets[bucket].head = entry }
        alphaBuckets[bucket].tail = entry
    }

    func removeFromAlpha(_ fact: FactHandle, index: Int32, key: JoinKey) {
        let bucket = alphaMaps[index].find(key)
        guard bucket != 0 else { return }
        var entry = alphaBuckets[bucket].tail  // recent facts go first, most often
        while entry != 0, alphaEntries[entry].fact != fact { entry = alphaEntries[entry].previous }
        guard entry != 0 else { return }
        let next = alphaEntries[entry].next, previous = alphaEntries[entry].previous
        if previous != 0 { alphaEntries[previous].next = next } else { alphaBuckets[bucket].head = next }
        if next != 0 { alphaEntries[next].previous = previous } else { alphaBuckets[bucket].tail = previous }
        alphaEntries.free(entry)
        if alphaBuckets[bucket].head == 0 {
            alphaMaps[index].remove(key)
            alphaBuckets.free(bucket)
        }
    }
}
