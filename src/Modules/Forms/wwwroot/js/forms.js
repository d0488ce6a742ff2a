// After a failed submission the error summary takes the focus (if the theme has not given it yet),
// and following one of its links moves the focus into the field, not just the scroll position.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (!summary) {
        return;
    }
    if (document.activeElement !== summary) {
        summary.focus();
    }
    summary.querySelectorAll("a[href^='#']").forEach(function (link) {
        link.addEventListener("click", function (event) {
            var target = document.getElementById(link.getAttribute("href").substring(1));
            if (target) {
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: "center" });
            }
        });
    });
});
