/// Tokens (partial matches) and the buckets of token indexes that joins probe.
extension Network {
    // MARK: Tokens

    @inline(__always)
    func makeToken(parent: TokenHandle, fact: FactHandle) -> TokenHandle {
        let token = tokens.allocate(TokenRecord(parent: parent, fact: fact))
        if parent != 0 {
            let first = tokens[parent].firstChild
            tokens[token].nextSibling = first
            if first != 0 { tokens[first].previousSibling = token }
            tokens[parent].firstChild = token
        }
        if fact != 0 {
            let first = facts.headers[fact].firstToken
            tokens[token].nextOfFact = first
            if first != 0 { tokens[first].previousOfFact = token }
            facts.headers[fact].firstToken = token
        }
        return token
    }

    @inline(__always)
    func ancestor(_ token: TokenHandle, _ distance: Int) -> TokenHandle {
        var current = token
        for _ in 0..<distance { current = tokens[current].parent }
        return current
    }

    /// Removes a token and everything built on it.
    func delete(_ token: TokenHandle) {
        withdraw(token)
        let record = tokens[token]
        if record.parent != 0 {
            if record.previousSibling != 0 {
                tokens[record.previousSibling].nextSibling = record.nextSibling
            } else {
                tokens[record.parent].firstChild = record.nextSibling
            }
            if record.nextSibling != 0 { tokens[record.nextSibling].previousSibling = record.previousSibling }
        }
        if record.fact != 0 {
            if record.previousOfFact != 0 {
                tokens[record.previousOfFact].nextOfFact = record.nextOfFact
            } else {
                facts.headers[record.fact].firstToken = record.nextOfFact
            }
            if record.nextOfFact != 0 { tokens[record.nextOfFact].previousOfFact = record.previousOfFact }
        }
        if record.holderBucket != 0 { unlink(token, role: .holder) }
        if record.aggregate != 0 { releaseAggregate(record.aggregate) }
        tokens.free(token)
    }

    /// Undoes what the next node did with a token: the token stays, but no longer
    /// feeds anything (a `not` above it became blocked, or it is being deleted).
    func withdraw(_ token: TokenHandle) {
        if tokens[token].leftBucket != 0 { unlink(token, role: .left) }
        var child = tokens[token].firstChild
        while child != 0 {
            delete(child)
            child = tokens[token].firstChild
        }
        let activation = tokens[token].activation
        if activation != 0 {
            tokens[token].activation = 0
            removeActivation(activation)
        }
    }

    // MARK: Token buckets

    /// Appends a token to the bucket for `key` in a token index.
    @inline(__always)
    func insert(_ token: TokenHandle, into index: Int32, key: JoinKey) {
        var bucket = tokenIndexes[index].map.find(key)
        if bucket == 0 {
            bucket = buckets.allocate(TokenBucket(owner: index, key: key))
            tokenIndexes[index].map.insert(key, bucket)
        }
        let tail = buckets[bucket].tail
        switch tokenIndexes[index].role {
        case .left:
            tokens[token].leftBucket = bucket
            tokens[token].previousInLeft = tail
            if tail != 0 { tokens[tail].nextInLeft = token }
        case .holder:
            tokens[token].holderBucket = bucket
            tokens[token].previousInHolder = tail
            if tail != 0 { tokens[tail].nextInHolder = token }
        }
        if tail == 0 { buckets[bucket].head = token }
        buckets[bucket].tail = token
    }

    /// The first token of the bucket for `key`, or 0.
    @inline(__always)
    func firstToken(in index: Int32, key: JoinKey) -> TokenHandle {
        let bucket = tokenIndexes[index].map.find(key)
        return bucket == 0 ? 0 : buckets[bucket].head
    }

    private func unlink(_ token: TokenHandle, role: TokenRole) {
        let record = tokens[token]
        let bucket: Int32, next: TokenHandle, previous: TokenHandle
        switch role {
        case .left:
            (bucket, next, previous) = (record.leftBucket, record.nextInLeft, record.previousInLeft)
            if previous != 0 { tokens[previous].nextInLeft = next }
            if next != 0 { tokens[next].previousInLeft = previous }
            tokens[token].leftBucket = 0
            tokens[token].nextInLeft = 0
            tokens[token].previousInLeft = 0
        case .holder:
            (bucket, next, previous) = (record.holderBucket, record.nextInHolder, record.previousInHolder)
            if previous != 0 { tokens[previous].nextInHolder = next }
            if next != 0 { tokens[next].previousInHolder = previous }
            tokens[token].holderBucket = 0
            tokens[token].nextInHolder = 0
            tokens[token].previousInHolder = 0
        }
        if previous == 0 { buckets[bucket].head = next }
        if next == 0 { buckets[bucket].tail = previous }
        if buckets[bucket].head == 0 {
            tokenIndexes[buckets[bucket].owner].map.remove(buckets[bucket].key)
            buckets.free(bucket)
        }
    }
}
