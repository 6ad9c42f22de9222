/// A rule installed in the network: its chain of nodes, where each variable lives,
/// and its actions compiled against the final token.
final class CompiledRule {
    let rule: Rule
    let order: Int
    var name: String { rule.name }
    var salience: Int { rule.salience }

    /// The chain, first condition first; owns the nodes.
    var nodes: [BetaNode] = []
    var terminal: TerminalNode!
    /// Level of each top-level variable and what it holds there, in binding order.
    var variables: [(name: String, location: VariableLocation)] = []
    /// The node of each condition (nil for `test`, which is folded into another node).
    var conditionNodes: [BetaNode?] = []
    /// `test` conditions that read no variable, checked once.
    var constantTests: [ExpressionTree<Accessor>] = []
    var actions: [CompiledAction] = [] {
        didSet { actionAccessors = Array(Set(actions.flatMap(\.accessors))) }
    }
    /// Every accessor the actions read, captured before they run.
    private(set) var actionAccessors: [Accessor] = []
    /// The empty match every chain starts from.
    private(set) var root: TokenHandle = 0
    unowned(unsafe) let network: Network

    init(rule: Rule, order: Int, network: Network) {
        self.rule = rule
        self.order = order
        self.network = network
    }

    var finalLevel: Int { nodes.count }

    /// Feeds the root token in; the network computes every existing match.
    func start() {
        for test in constantTests {
            let holds: Bool
            do {
                holds = try test.holds { _ in .absent }
            } catch let error as EvaluationError {
                network.reportEvaluationError(error, rule: self)
                holds = false
            } catch {
                holds = false
            }
            if !holds { return }
        }
        root = network.makeToken(parent: 0, fact: 0)
        (nodes.first ?? terminal).leftActivate(root, network)
    }

    /// Current value of every top-level variable in a complete match.
    func bindings(of token: TokenHandle) -> [Binding] {
        variables.map { variable in
            Binding(
                name: variable.name,
                value: network.value(of: variable.location.accessor(fromBase: finalLevel), base: token, own: 0))
        }
    }

    /// The fact matched by each positive pattern of a complete match, in order.
    func patternFacts(of token: TokenHandle) -> [FactHandle] {
        zip(rule.conditions, conditionNodes).compactMap { condition, node in
            guard case .pattern = condition, let node else { return nil }
            return network.tokens[self.token(at: node, in: token)].fact
        }
    }

    /// The token of a complete match at a node's level.
    func token(at node: BetaNode, in match: TokenHandle) -> TokenHandle {
        network.ancestor(match, finalLevel - node.level)
    }
}

/// Where a variable is bound: the level of its token and what it reads there.
struct VariableLocation: Hashable {
    enum Kind: Hashable {
        case slot(Int)
        case fact
        case aggregate
    }

    let level: Int
    let kind: Kind

    /// The accessor from a token of level `base`; a variable of level `own` reads the
    /// candidate fact instead.
    func accessor(fromBase base: Int, ownLevel: Int? = nil) -> Accessor {
        if level == ownLevel {
            switch kind {
            case .slot(let index): return .ownSlot(index)
            case .fact: return .ownFact
            case .aggregate: return .aggregate(distance: 0)
            }
        }
        let distance = base - level
        switch kind {
        case .slot(let index): return .slot(distance: distance, index: index)
        case .fact: return .fact(distance: distance)
        case .aggregate: return .aggregate(distance: distance)
        }
    }
}

enum CompiledAction {
    case assert(TemplateInfo, [(slot: Int, value: ExpressionTree<Accessor>)], logical: Bool)
    /// The fact variable to retract.
    case retract(String)
    case modify(String, [(slot: Int, value: ExpressionTree<Accessor>)])
    case emit(String, [(name: String, value: ExpressionTree<Accessor>)])
    case halt

    var accessors: [Accessor] {
        switch self {
        case .assert(_, let slots, _), .modify(_, let slots): slots.flatMap(\.value.leaves)
        case .emit(_, let arguments): arguments.flatMap(\.value.leaves)
        case .retract, .halt: []
        }
    }
}
