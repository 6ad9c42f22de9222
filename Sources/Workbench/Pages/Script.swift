import WebServer

/// The workbench's one script. Pages read and work without it; it only checks a rule
/// file while it is typed (the same check as the 检查 button, without the impact).
enum Script {
    static let path = "/static/workbench.js"

    static var response: HTTPResponse {
        HTTPResponse(contentType: "text/javascript; charset=utf-8", body: Array(source.utf8))
    }

    /// Posts the editor's form to its `data-lint` address 0.4 s after the last key and
    /// shows the answer (HTML the server escaped); an older answer never replaces a newer.
    private static let source = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var text = document.getElementById("rule-text");
          var shown = document.getElementById("live-check");
          if (!text || !shown) { return; }
          var timer = null, asked = 0;
          text.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
              var number = ++asked;
              fetch(text.dataset.lint, { method: "POST", body: new URLSearchParams(new FormData(text.form)), credentials: "same-origin" })
                .then(function (response) { return response.text(); })
                .then(function (html) { if (number === asked) { shown.innerHTML = html; } });
            }, 400);
          });
        });

        """
}
