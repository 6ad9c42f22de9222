/// Why a rule has (or has no) complete match: for the closest partial matches, the
/// first condition that fails and the values it compared.
public struct WhyNot: Sendable {
    public let rule: String
    /// Variables the question fixed in advance (e.g. the unit under review).
    public let given: [Binding]
    /// Complete matches consistent with `given`; when there are any, the rule did not
    /// stay silent for want of a match.
    public let matches: [ReferenceMatcher.Match]
    /// The partial matches that got furthest, deepest first; empty when it matched.
    public let closest: [PartialMatch]
    /// True when the search stopped at its budget before trying everything.
    public let truncated: Bool

    public var matched: Bool { !matches.isEmpty }
}

/// A partial match: what held up to the failing condition, and why that one failed.
public struct PartialMatch: Sendable {
    /// What each condition before `failure.condition` matched.
    public let satisfied: [ConditionMatch]
    public let bindings: [Binding]
    public let failure: ConditionFailure
}

public struct ConditionFailure: Sendable {
    /// Index in the rule's conditions.
    public let condition: Int
    public let reason: Reason

    public enum Reason: Sendable {
        /// No live fact of the pattern's template at all.
        case noFacts(template: String)
        /// Facts of the template exist; each failed a constraint (closest first).
        case noCandidate(tried: Int, rejections: [Rejection])
        /// A `not` condition: this fact matches it.
        case blocked(by: Fact)
        /// An aggregation has no value (min or max of nothing, or an error).
        case noAggregateValue(members: Int)
        /// A test condition is false.
        case testFailed(Comparison)
    }
}

extension ConditionFailure {
    /// How far the failing comparison was from holding, relative to what it was compared
    /// with: 0 for a near miss, infinity when it cannot be measured.
    var distance: Double {
        let comparison: Comparison
        switch reason {
        case .testFailed(let failed): comparison = failed
        case .noCandidate(_, let rejections):
            guard let first = rejections.first?.comparison else { return .infinity }
            comparison = first
        default: return .infinity
        }
        guard case .number(let left) = comparison.left, case .number(let right)? = comparison.right,
            let l = Double(left.description), let r = Double(right.description)
        else { return .infinity }
        return abs(l - r) / max(abs(r), 1)
    }
}

/// A fact that a pattern tried, and the comparison it failed.
public struct Rejection: Sendable {
    public let fact: Fact
    public let comparison: Comparison
    /// Constraints and tests it passed before failing.
    public let passed: Int
}

extension Engine {
    /// Explains why `ruleName` does not match, optionally with some of its variables
    /// fixed (`given: ["unit": "附件3"]`). Searches the live facts directly, keeping
    /// the partial matches that satisfy the most conditions.
    public func whyNot(
        _ ruleName: String, given: [String: Value] = [:], closest limit: Int = 3, rejections: Int = 5,
        budget: Int = 50_000
    ) throws(EngineError) -> WhyNot {
        guard let rule = rules.first(where: { $0.name == ruleName }) else {
            throw .unknownRule(ruleName, known: rules.map(\.name))
        }
        var search = WhyNotSearch(
            matcher: ReferenceMatcher(engine: self), rule: rule, rejectionLimit: rejections, budget: budget)
        search.run(given: given)
        let deepest = search.partials.map(\.failure.condition).max()
        // Of those that got furthest, the nearest miss first (4.25 % is nearer to 10 % than 1 %).
        let closest = search.partials.filter { $0.failure.condition == deepest }.enumerated()
            .sorted { ($0.element.failure.distance, $0.offset) < ($1.element.failure.distance, $1.offset) }
            .map(\.element).prefix(limit)
        return WhyNot(
            rule: ruleName,
            given: given.keys.sorted().map { Binding(name: $0, value: given[$0] ?? .absent) },
            matches: search.matches, closest: search.matches.isEmpty ? Array(closest) : [],
            truncated: search.steps >= budget)
    }
}

/// Depth-first search over a rule's conditions, recording where each branch fails.
private struct WhyNotSearch {
    let matcher: ReferenceMatcher
    let rule: Rule
    let rejectionLimit: Int
    let budget: Int
    var steps = 0
    var matches: [ReferenceMatcher.Match] = []
    var partials: [PartialMatch] = []
    private var deepest = -1

    init(matcher: ReferenceMatcher, rule: Rule, rejectionLimit: Int, budget: Int) {
        self.matcher = matcher
        self.rule = rule
        self.rejectionLimit = rejectionLimit
        self.budget = budget
    }

    mutating func run(given: [String: Value]) {
        extend(0, environment: given, satisfied: [], facts: [])
    }

    private mutating func extend(_ index: Int, environment: [String: Value], satisfied: [ConditionMatch], facts: [FactID]) {
        steps += 1
        guard steps < budget else { return }
        guard index < rule.conditions.count else {
            matches.append(ReferenceMatcher.Match(facts: facts, bindings: environment))
            return
        }
        switch rule.conditions[index] {
        case .pattern(let pattern):
            extend(index, pattern: pattern, environment: environment, satisfied: satisfied, facts: facts)
        case .not(let pattern):
            if let blocker = matcher.candidates(pattern).first(where: { isMatch($0, pattern, environment) }) {
                fail(index, .blocked(by: blocker), environment, satisfied)
            } else {
                let absent = ConditionMatch.absent(pattern, bindings: bindings(pattern.referencedVariables, environment))
                extend(index + 1, environment: environment, satisfied: satisfied + [absent], facts: facts)
            }
        case .exists(let pattern):
            let candidates = matcher.candidates(pattern)
            let witnesses = candidates.filter { isMatch($0, pattern, environment) }
            if witnesses.isEmpty {
                let rejections = candidates.compactMap { fact -> Rejection? in
                    guard case .failure(let failure) = PatternMatching.match(fact, pattern, environment: environment) else {
                        return nil
                    }
                    return Rejection(fact: fact, comparison: failure.comparison, passed: failure.passed)
                }
                fail(index, noMatch(pattern, candidates: candidates, rejections: rejections), environment, satisfied)
            } else {
                extend(index + 1, environment: environment, satisfied: satisfied + [.exists(pattern, witnesses: witnesses)], facts: facts)
            }
        case .aggregate(let aggregation):
            extend(index, aggregation: aggregation, environment: environment, satisfied: satisfied, facts: facts)
        case .test(let expression):
            if let comparison = PatternMatching.failure(of: expression, fact: nil, environment: environment) {
                fail(index, .testFailed(comparison), environment, satisfied)
            } else {
                let match = ConditionMatch.test(expression, bindings: bindings(expression.variables, environment))
                extend(index + 1, environment: environment, satisfied: satisfied + [match], facts: facts)
            }
        }
    }

    /// Every fact the pattern matches is followed further; when none does, the closest
    /// rejections say why.
    private mutating func extend(
        _ index: Int, pattern: Pattern, environment: [String: Value], satisfied: [ConditionMatch], facts: [FactID]
    ) {
        let candidates = matcher.candidates(pattern)
        var rejections: [Rejection] = []
        for fact in candidates {
            switch PatternMatching.match(fact, pattern, environment: environment) {
            case .success(let env):
                extend(index + 1, environment: env, satisfied: satisfied + [.fact(pattern, fact)], facts: facts + [fact.id])
            case .failure(let failure):
                rejections.append(Rejection(fact: fact, comparison: failure.comparison, passed: failure.passed))
            }
            if steps >= budget { return }
        }
        if rejections.count == candidates.count {
            fail(index, noMatch(pattern, candidates: candidates, rejections: rejections), environment, satisfied)
        }
    }

    private mutating func extend(
        _ index: Int, aggregation: Aggregation, environment: [String: Value], satisfied: [ConditionMatch], facts: [FactID]
    ) {
        var members: [(Fact, [String: Value])] = []
        for fact in matcher.candidates(aggregation.pattern) {
            if case .success(let env) = PatternMatching.match(fact, aggregation.pattern, environment: environment) {
                members.append((fact, env))
            }
        }
        guard let value = PatternMatching.aggregate(aggregation, over: members) else {
            fail(index, .noAggregateValue(members: members.count), environment, satisfied)
            return
        }
        var env = environment
        env[aggregation.resultVariable] = value
        let match = ConditionMatch.aggregate(aggregation, value: value, members: members.map(\.0))
        extend(index + 1, environment: env, satisfied: satisfied + [match], facts: facts)
    }

    /// Why no fact of the pattern's template matched: there are none, or each was rejected.
    private func noMatch(_ pattern: Pattern, candidates: [Fact], rejections: [Rejection]) -> ConditionFailure.Reason {
        candidates.isEmpty
            ? .noFacts(template: pattern.template)
            : .noCandidate(tried: candidates.count, rejections: closestFirst(rejections))
    }

    private mutating func fail(
        _ index: Int, _ reason: ConditionFailure.Reason, _ environment: [String: Value], _ satisfied: [ConditionMatch]
    ) {
        guard index >= deepest else { return }
        if index > deepest {
            deepest = index
            partials = []
        }
        partials.append(
            PartialMatch(
                satisfied: satisfied,
                bindings: environment.keys.sorted().map { Binding(name: $0, value: environment[$0] ?? .absent) },
                failure: ConditionFailure(condition: index, reason: reason)))
    }

    private func closestFirst(_ rejections: [Rejection]) -> [Rejection] {
        Array(rejections.sorted { ($1.passed, $0.fact.id) < ($0.passed, $1.fact.id) }.prefix(rejectionLimit))
    }

    private func isMatch(_ fact: Fact, _ pattern: Pattern, _ environment: [String: Value]) -> Bool {
        if case .success = PatternMatching.match(fact, pattern, environment: environment) { return true }
        return false
    }

    private func bindings(_ names: [String], _ environment: [String: Value]) -> [Binding] {
        var seen = Set<String>()
        return names.compactMap { name in
            guard seen.insert(name).inserted, let value = environment[name] else { return nil }
            return Binding(name: name, value: value)
        }
    }
}
