/// How much one run may hold and do: past a limit the run stops with an error that
/// names it (`EngineError.limitExceeded`), so that one huge report or one runaway rule
/// cannot exhaust the machine, and the other reports of a batch go on.
///
/// The defaults are far above any real report (the largest sample gives 628 facts, and
/// its audit derives 434 facts in 391 firings, holding 1.5 MB) and keep one run's engine
/// within about half a gigabyte: a 5 MB report of 600 annexes (33,100 facts, 105 MB)
/// passes; a runaway rule stops after 100,000 derived facts, in seconds.
public struct ResourceLimits: Hashable, Sendable {
    /// Facts given to the engine before the run (a report's facts).
    public var facts: Int
    /// Facts the rules assert or modify during the run.
    public var derivedFacts: Int
    public var firings: Int
    /// Bytes the engine holds, as estimated from its counts (`Engine.estimatedMemory`).
    public var memory: Int

    public init(facts: Int = 50_000, derivedFacts: Int = 100_000, firings: Int = 200_000, memory: Int = 512 << 20) {
        self.facts = facts
        self.derivedFacts = derivedFacts
        self.firings = firings
        self.memory = memory
    }

    public static let standard = ResourceLimits()

    /// A limit whose passing is `EngineError.limitExceeded` (firings have their own
    /// error, which names the rule that kept firing).
    public enum Resource: String, Hashable, Sendable {
        case facts, derivedFacts, memory
    }
}
