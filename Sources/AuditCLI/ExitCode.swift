/// Exit codes, as documented in the README.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// Findings at or above the threshold, or errors in what was checked.
    case findings = 1
    /// An input or knowledge-base error stopped the work.
    case inputError = 2
    /// The command line was wrong (EX_USAGE).
    case usage = 64
}
