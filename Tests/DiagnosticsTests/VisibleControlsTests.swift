import Diagnostics
import XCTest

/// Control characters from a report or a file name never reach a terminal raw.
final class VisibleControlsTests: XCTestCase {
    func testControlCharactersBecomeSymbolsOfOneColumn() {
        let hostile = "标题\u{1B}]0;pwned\u{07}正文\u{1B}[2J\u{7F}\u{9B}31m\r结尾"
        XCTAssertEqual(VisibleControls.escape(hostile, keepingStyles: false), "标题␛]0;pwned␇正文␛[2J␡�31m␍结尾")
        XCTAssertEqual(VisibleControls.escape(hostile, keepingStyles: true), "标题␛]0;pwned␇正文␛[2J␡�31m␍结尾")
    }

    func testLineBreaksTabsAndPlainTextStayAsTheyAre() {
        for text in ["一、基本情况\n\t项目\t金额\n", "a,b\r\nc,d\r\n", "中点·乘号×", ""] {
            XCTAssertEqual(VisibleControls.escape(text, keepingStyles: false), text)
        }
    }

    /// On a colour terminal our own bold and colours stay, and the progress line's clear
    /// stays where a write begins; a clear anywhere else (which would hide the text
    /// before it) does not.
    func testOurOwnStylesStayOnATerminal() {
        let style = TerminalStyle(enabled: true)
        let styled = style.colored("错误", .red) + "：" + style.bold("结余率") + style.colored("注", .cyan) + style.colored("警告", .yellow)
        XCTAssertEqual(VisibleControls.escape(styled, keepingStyles: true), styled)
        XCTAssertEqual(VisibleControls.escape(styled, keepingStyles: false), styled.replacingOccurrences(of: "\u{1B}", with: "␛"))
        XCTAssertEqual(VisibleControls.escape("\r\u{1B}[K3/10 a.txt", keepingStyles: true), "\r\u{1B}[K3/10 a.txt")
        XCTAssertEqual(VisibleControls.escape("发现\r\u{1B}[K", keepingStyles: true), "发现␍␛[K")
        XCTAssertEqual(VisibleControls.escape("\r\u{1B}[K", keepingStyles: false), "␍␛[K")
    }
}
