// htmx requests carry the CSRF token of the page, like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// Filters that apply on change (no inline handlers: the pages' Content-Security-Policy runs no inline script).
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-autosubmit]') && field.form) {
    field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
  }
});
