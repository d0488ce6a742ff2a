// Moves focus to the error summary so keyboard and screen-reader users hear what to fix,
// and asks before buttons marked data-confirm submit.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
    document.querySelectorAll("[data-confirm]").forEach(function (button) {
        button.addEventListener("click", function (event) {
            if (!window.confirm(button.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
    });
});

// Print buttons only make sense with JavaScript: they stay hidden without it.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });
});
