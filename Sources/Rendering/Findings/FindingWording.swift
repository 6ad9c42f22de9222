import Audit
import RuleLanguage

/// A finding's message and recommendation as people read them: the rule's templates
/// filled with the finding's values.
extension Finding {
    /// The rule's title when it has no message.
    public var message: String {
        messageTemplate?.render(variables: bindings, parameters: parameters) ?? title
    }

    /// Empty when the rule gives none.
    public var recommendation: String {
        recommendationTemplate?.render(variables: bindings, parameters: parameters) ?? ""
    }
}
