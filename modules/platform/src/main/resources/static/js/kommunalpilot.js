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

// A form that came back with errors puts the focus on its summary of them (which links to each field).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }
});

// A form is sent once: a second click while it is on its way does nothing (the server also answers a repeat
// with the first one's confirmation).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches('form[method="post"]:not([hx-post]):not([hx-put]):not([hx-delete])')) {
    return;
  }
  if (form.dataset.sent) {
    event.preventDefault();
    return;
  }
  form.dataset.sent = 'true';
  setTimeout(function () {
    form.querySelectorAll('button[type="submit"], input[type="submit"]').forEach(function (button) {
      button.disabled = true;
      button.setAttribute('aria-disabled', 'true');
    });
  }, 0);
});

// back to a page from the browser's cache: its forms can be sent again
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    document.querySelectorAll('form[data-sent]').forEach(function (form) {
      delete form.dataset.sent;
      form.querySelectorAll('[aria-disabled="true"]').forEach(function (button) {
        button.disabled = false;
        button.removeAttribute('aria-disabled');
      });
    });
  }
});
