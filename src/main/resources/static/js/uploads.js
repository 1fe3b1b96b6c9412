// Tells people at once when a chosen file is over the upload limit, before a long upload is refused, and keeps a
// form with such a file from being sent (the forms are novalidate: the server checks, and lists the errors).
// The server checks again; this only saves the round trip (and the form's contents).
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
  function tooLarge() {
    var max = Number(input.dataset.maxBytes);
    return Array.prototype.some.call(input.files, function (f) { return f.size > max; });
  }
  input.addEventListener('change', function () {
    input.setCustomValidity(tooLarge() ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
  if (input.form) {
    input.form.addEventListener('submit', function (event) {
      if (tooLarge()) {
        event.preventDefault();
        input.focus();
        input.reportValidity();
      }
    });
  }
});
