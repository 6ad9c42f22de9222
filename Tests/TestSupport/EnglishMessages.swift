import Diagnostics
import XCTest

/// A test case whose tests run with messages in English. For tests about a module's
/// behaviour (places, suggestions, which code) that were written against the English
/// wording; MessageCatalogueTests pins every code's message in both languages.
open class EnglishMessagesTestCase: XCTestCase {
    override open func invokeTest() {
        MessageLanguage.$current.withValue(.english) { super.invokeTest() }
    }
}
