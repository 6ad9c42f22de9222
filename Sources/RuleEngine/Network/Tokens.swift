/// A token's handle in `Network.tokens`; 0 means none.
typealias TokenHandle = Int32

/// A partial match: one fact (or none, for negation and aggregation holders) on top
/// of its parent token. Tokens form a tree, so that retracting a fact deletes exactly
/// the matches built on it (Doorenbos 1995, §2.5). All links are handles, kept in
/// intrusive doubly linked lists:
/// - children of the parent (to delete what was built on a token);
/// - tokens of the same fact (to find what a retraction deletes);
/// - the left bucket: the join this token feeds, by join key;
/// - the holder bucket: the negation or aggregation node that made the token.
struct TokenRecord {
    var parent: TokenHandle = 0
    var fact: FactHandle = 0

    var firstChild: TokenHandle = 0
    var nextSibling: TokenHandle = 0
    var previousSibling: TokenHandle = 0

    var nextOfFact: TokenHandle = 0
    var previousOfFact: TokenHandle = 0

    var leftBucket: Int32 = 0
    var nextInLeft: TokenHandle = 0
    var previousInLeft: TokenHandle = 0

    var holderBucket: Int32 = 0
    var nextInHolder: TokenHandle = 0
    var previousInHolder: TokenHandle = 0

    /// Negation and exists holders: how many facts match below.
    var matchCount: Int32 = 0
    /// Aggregation holders: their state, in `Network.aggregates`.
    var aggregate: Int32 = 0
    /// Terminal tokens: their activation.
    var activation: Int32 = 0
}

/// Which of a token's two bucket memberships an index uses.
enum TokenRole {
    /// A join's input: the partial matches it extends.
    case left
    /// A negation or aggregation node's own holder tokens.
    case holder
}

/// The tokens of one node, bucketed by join key: a node finds the partial matches a
/// new fact can extend with one hash lookup instead of a scan.
struct TokenIndexRecord {
    var role = TokenRole.left
    var map = KeyMap()
}

/// A bucket of tokens sharing a join key in one token index.
struct TokenBucket {
    var head: TokenHandle = 0
    var tail: TokenHandle = 0
    /// Its index, in `Network.tokenIndexes`.
    var owner: Int32 = 0
    var key = JoinKey.empty
}

/// A fact in an alpha index bucket.
struct AlphaEntry {
    var fact: FactHandle = 0
    var next: Int32 = 0
    var previous: Int32 = 0
}

/// A bucket of facts sharing a key in one alpha index.
struct AlphaBucket {
    var head: Int32 = 0
    var tail: Int32 = 0
    var key = JoinKey.empty
}
