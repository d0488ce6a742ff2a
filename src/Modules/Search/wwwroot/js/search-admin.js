// While a rebuild runs, polls the index status and updates the progress text and bar; reloads when it ends.
(function () {
    "use strict";
    var section = document.getElementById("index-status");
    if (!section || section.getAttribute("data-running") !== "true") {
        return;
    }
    var english = document.documentElement.lang === "en";
    function poll() {
        fetch(section.getAttribute("data-status-url"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (status) {
                if (!status) {
                    return;
                }
                if (!status.running) {
                    window.location.reload();
                    return;
                }
                var text = document.getElementById("rebuild-progress");
                var bar = document.getElementById("rebuild-bar");
                if (text) {
                    text.textContent = english
                        ? "Rebuilding: " + status.processed.toLocaleString() + " of " + status.total.toLocaleString() + " items"
                        : "再構築中：" + status.processed.toLocaleString() + " / " + status.total.toLocaleString() + " 件";
                }
                if (bar) {
                    bar.max = Math.max(1, status.total);
                    bar.value = status.processed;
                }
                window.setTimeout(poll, 1500);
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 1500);
}());
