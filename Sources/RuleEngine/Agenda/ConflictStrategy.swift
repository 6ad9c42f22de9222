/// How the agenda orders activations of equal salience.
///
/// Salience always comes first: an activation of a rule with higher salience fires
/// before any of lower salience. Among equals:
/// - `depth` (the default, as in CLIPS): the newest activation fires first, so the
///   consequences of the last firing are followed before older alternatives;
/// - `breadth`: the oldest activation fires first, in the order matches arose.
///
/// "Newest" is the order in which the network created the activations, which is
/// deterministic: the same facts asserted in the same order and the same rules give
/// the same firing sequence on every run.
public enum ConflictStrategy: String, Sendable, CaseIterable {
    case depth
    case breadth
}
