// Tells people at once when a chosen file is over the upload limit, before a long upload is refused.
// The server checks again; this only saves the round trip (and the form's contents).
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
  input.addEventListener('change', function () {
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files, function (f) { return f.size > max; });
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
});
