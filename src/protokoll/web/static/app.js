// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // Printing: the closed parts (an action's history, a vote's ballots) are printed open.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.setAttribute("open", ""); d.dataset.printOpened = "1";
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-print-opened]").forEach(function (d) {
      d.removeAttribute("open"); delete d.dataset.printOpened;
    });
  });
  // Upload: show the transfer's progress, then follow the server to the job page.
  var form = document.getElementById("upload-form");
  if (form && window.XMLHttpRequest && window.FormData) {
    form.addEventListener("submit", function (event) {
      var input = form.querySelector("input[type=file]");
      var status = document.getElementById("upload-status");
      var bar = document.getElementById("upload-progress");
      var max = parseInt(form.dataset.max || "0", 10);
      if (input.files.length && max && input.files[0].size > max) {
        event.preventDefault();
        status.textContent = "Filen är för stor: högst " + Math.floor(max / 1048576) + " MB.";
        status.className = "status error";
        return;
      }
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      status.textContent = "Laddar upp …";
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener("load", function () {
        if (xhr.status >= 200 && xhr.status < 300 && xhr.responseURL) {
          window.location.href = xhr.responseURL;
        } else {
          var message = "Uppladdningen misslyckades (" + xhr.status + ").";
          try { message = JSON.parse(xhr.responseText).detail || message; } catch (e) {
            var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
            var h = doc.querySelector("main h1");
            if (h) { message = h.textContent; }
          }
          status.textContent = message;
          status.className = "status error";
          bar.hidden = true;
        }
      });
      xhr.addEventListener("error", function () {
        status.textContent = "Uppladdningen avbröts.";
        status.className = "status error";
      });
      xhr.send(new FormData(form));
    });
  }
})();
