// Progress on the import pages (decision 0106). A form marked data-import-progress sends a chosen
// file first on its own, with XMLHttpRequest, so that a bar shows how much of it has reached the
// server; the server keeps it as it keeps any chosen file (KeptUploads) and answers the page with
// the kept file's token. The form then goes as usual, with the token instead of the file, and runs
// the button's action (dry run or import) in an ordinary request, so that Post/Redirect/Get, the
// messages beside the fields and the page after it stay what they are without this script. While
// that request runs, the page says it is working, counts the seconds and refuses a second submit.
// Anything unexpected (no answer, no token in it) falls back to the ordinary submit of the file.
(function () {
  "use strict";

  var STATE = "jakarta.faces.ViewState";

  function setUp(form) {
    var status = document.getElementById(form.getAttribute("data-import-progress"));
    if (!status) {
      return;
    }
    var bar = status.querySelector("progress");
    var text = status.querySelector(".import-progress-text");
    var busy = false;

    function say(message) {
      status.hidden = false;
      text.textContent = message;
    }

    function uploaded(fraction) {
      var percent = Math.round(fraction * 100);
      bar.hidden = false;
      bar.value = percent;
      bar.textContent = percent + " %";
      say(status.getAttribute("data-uploading").replace("{0}", String(percent)));
      try {
        window.sessionStorage.setItem("institute.import.uploaded", String(percent));
      } catch (ignored) {
        // storage may be off; the bar is what counts
      }
    }

    function working() {
      var started = Date.now();
      var message = status.getAttribute("data-working");
      say(message.replace("{0}", "0"));
      window.setInterval(function () {
        say(message.replace("{0}", String(Math.round((Date.now() - started) / 1000))));
      }, 1000);
      // after the browser has taken the form's data: a disabled button would not be sent
      window.setTimeout(function () {
        form.setAttribute("aria-busy", "true");
        Array.prototype.forEach.call(
          form.querySelectorAll("button, input[type=submit]"),
          function (button) {
            button.disabled = true;
          });
      }, 0);
    }

    function send(submitter) {
      if (submitter && submitter.name) {
        var pressed = document.createElement("input");
        pressed.type = "hidden";
        pressed.name = submitter.name;
        pressed.value = submitter.value || submitter.name;
        form.appendChild(pressed);
      }
      working();
      HTMLFormElement.prototype.submit.call(form);
    }

    function hidden(name) {
      var field = form.querySelector('input[name="' + name + '"]');
      if (!field) {
        field = document.createElement("input");
        field.type = "hidden";
        field.name = name;
        form.appendChild(field);
      }
      return field;
    }

    function upload(input, submitter) {
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable && event.total > 0) {
          uploaded(event.loaded / event.total);
        }
      };
      request.onload = function () {
        var page =
          request.status === 200
            ? new DOMParser().parseFromString(request.responseText, "text/html")
            : null;
        var token = page && page.querySelector('input[name="' + input.name + '-kept"]');
        if (!token || !token.value) {
          send(submitter);
          return;
        }
        uploaded(1);
        hidden(input.name + "-kept").value = token.value;
        var state = page.querySelector('input[name="' + STATE + '"]');
        if (state) {
          hidden(STATE).value = state.value;
        }
        input.value = "";
        send(submitter);
      };
      request.onerror = function () {
        send(submitter);
      };
      uploaded(0);
      // no button in the data: the server keeps the file and runs no action
      request.send(new FormData(form));
    }

    form.addEventListener("submit", function (event) {
      if (busy) {
        event.preventDefault();
        return;
      }
      busy = true;
      var input = form.querySelector("input[type=file]");
      // only a button of the form, whose name goes along as a hidden field; a script's submit
      // (the confirmation's) carries its own parameters and goes as it is
      var pressed = event.submitter && event.submitter.name;
      if (pressed && input && input.files && input.files.length > 0 && window.DOMParser) {
        event.preventDefault();
        upload(input, event.submitter);
      } else {
        working();
      }
    });

    // the import itself is sent by the confirmation dialog's yes, which submits without an event
    document.addEventListener("click", function (event) {
      var target = event.target;
      if (!busy && target.closest && target.closest(".ui-confirmdialog-yes")) {
        busy = true;
        working();
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-import-progress]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
