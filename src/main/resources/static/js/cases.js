/* Case pages: printing the summary, and focus after an htmx answer (the page works without this file). */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "print-summary") {
      window.print();
    }
  });
  // After a form's section is replaced, put the keyboard focus on its problems, or on its notice.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.elt;
    if (!target || !target.querySelector) {
      return;
    }
    var summary = document.querySelector(".error-summary[tabindex]");
    if (summary) {
      summary.focus();
    }
  });
})();
