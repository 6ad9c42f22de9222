import WebServer

/// The workbench's one script. Pages read and work without it; it checks a rule file
/// while it is typed (the same check as the 检查 button, without the impact), and lets a
/// trainee fill in line numbers by clicking the report.
enum Script {
    static let path = "/static/workbench.js"

    static var response: HTTPResponse {
        HTTPResponse(contentType: "text/javascript; charset=utf-8", body: Array(source.utf8))
    }

    /// The editor: opens at its `data-line`, if any; posts its form to its `data-lint`
    /// address 0.4 s after the last key and shows the answer (HTML the server escaped);
    /// an older answer never replaces a newer.
    /// Marking: a click on a line (or a cell of a table, by the line it is written on)
    /// puts its number in the lines field; with Ctrl or ⌘ it is added to those there.
    private static let source = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var lines = document.getElementById("mark-lines");
          var report = document.querySelector(".marking table.source");
          if (lines && report) {
            report.addEventListener("click", function (event) {
              var cell = event.target.closest("td, th");
              var anchor = cell && cell.querySelector("span[id^='d1-L']");
              var row = event.target.closest("tr[id^='d1-L']");
              var id = anchor ? anchor.id : row ? row.id : null;
              if (!id) { return; }
              var number = id.slice(id.indexOf("-L") + 2);
              var chosen = lines.value.split(/[,，、\\s]+/).filter(function (word) { return word !== ""; });
              lines.value = (event.ctrlKey || event.metaKey) && chosen.indexOf(number) < 0 ? chosen.concat([number]).join(",") : number;
              document.querySelectorAll(".marking .chosen").forEach(function (element) { element.classList.remove("chosen"); });
              (anchor ? cell : row).classList.add("chosen");
            });
          }
          var text = document.getElementById("rule-text");
          var shown = document.getElementById("live-check");
          if (!text || !shown) { return; }
          if (text.dataset.line) {
            var above = text.value.split("\\n").slice(0, Number(text.dataset.line) - 1);
            var before = above.join("\\n").length + (above.length ? 1 : 0);
            text.focus();
            text.setSelectionRange(before, before);
            text.scrollTop = (Number(text.dataset.line) - 3) * parseFloat(getComputedStyle(text).lineHeight);
          }
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
