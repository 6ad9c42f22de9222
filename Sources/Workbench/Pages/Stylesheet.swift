import Rendering
import WebServer

/// The workbench's one stylesheet: the HTML report's, so that a report looks the same
/// here as in `audit check --format html`, and the workbench's own layout.
enum Stylesheet {
    static let path = "/static/workbench.css"

    static var response: HTTPResponse {
        HTTPResponse(contentType: "text/css; charset=utf-8", body: Array((FindingsHTML.style + own).utf8))
    }

    private static let own = """
        body { max-width: 90em; margin: 0 auto; }
        nav { display: flex; gap: 1.2em; align-items: baseline; padding: 0.6em 0; border-bottom: 1px solid #ccc; }
        nav .home { font-weight: bold; color: #222; text-decoration: none; }
        nav .role { margin-left: auto; color: #555; font-size: 0.9em; }
        main h1 { margin-top: 0.6em; }
        .problem { font-weight: bold; color: #b00020; }
        .help, .hint { color: #555; }
        .saved { color: #1b5e20; font-weight: bold; }
        table.list td.failed { color: #b00020; }
        .exports a { margin-right: 1em; }
        .document-view { display: grid; grid-template-columns: minmax(0, 1fr); }
        table.source td.refs { width: 16em; white-space: normal; }
        a.note { display: block; margin: 0.15em 0; padding: 0.1em 0.4em; border-left: 4px solid #999; background: #fafafa;
          color: #222; text-decoration: none; font-family: "Noto Sans CJK SC", sans-serif; font-size: 0.9em; }
        a.note.high { border-color: #b00020; }
        a.note.medium { border-color: #e09000; }
        a.note.low { border-color: #0090b0; }
        a.note .verdict { color: #555; }
        form.decide fieldset { border: 1px solid #ccc; padding: 0.5em 1em; }
        form.decide textarea { width: 100%; min-height: 4em; font: inherit; }
        form.decide label { margin-right: 1.5em; }
        button { font: inherit; padding: 0.2em 1em; }
        form.editor textarea { width: 100%; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; line-height: 1.4; tab-size: 2; }
        pre.diagnostics, pre.diff, pre.rules-text, ul.examples pre { white-space: pre-wrap; font-family: "Noto Sans Mono CJK SC", monospace;
          font-size: 0.85em; background: #f6f8fa; padding: 0.5em 1em; }
        ul.examples li.passed { color: #1b5e20; }
        ul.examples li.failed { color: #b00020; }
        ul.finding-changes li.added { color: #1b5e20; }
        ul.finding-changes li.removed { color: #b00020; }
        ul.finding-changes li.changed { color: #7a5c00; }
        pre.diff ins { background: #e6ffed; text-decoration: none; display: block; }
        pre.diff del { background: #ffeef0; text-decoration: none; display: block; }
        pre.diff .gap { color: #999; }
        section.impact, section.check { border-top: 1px solid #ddd; margin-top: 1em; }
        .marking table.source tr, .marking table.grid td, .marking table.grid th { cursor: pointer; }
        .marking table.source tr:hover td.text { background: #eef6ff; }
        .marking .chosen, .marking tr.chosen td.text { background: #cfe3ff; outline: 2px solid #1a73e8; }
        form.mark select { max-width: 40em; }
        p.score { font-size: 1.2em; font-weight: bold; }
        div.wrong { border-left: 5px solid #6d4c41; background: #fafafa; padding: 0.2em 1em; margin: 0.6em 0; }
        code.join-link { font-size: 1.05em; background: #f6f8fa; padding: 0.2em 0.4em; user-select: all; }
        pre.whynot { white-space: pre-wrap; font-family: inherit; background: #f6f8fa; padding: 0.5em 1em; }

        """
}
