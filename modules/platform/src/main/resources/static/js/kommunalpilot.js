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

// The municipality picker (fragments/public :: municipalityPicker): the options come from the server as the name is
// typed; arrow keys move through them, Enter or a click takes one (its name and key), Escape closes the list.
(function () {
  function picker(element) {
    return element.closest && element.closest('.kp-picker');
  }
  function options(box) {
    return Array.prototype.slice.call(box.querySelectorAll('.kp-option'));
  }
  function close(box) {
    var list = box.querySelector('.kp-options');
    if (list) {
      list.innerHTML = '';
    }
    var input = box.querySelector('[role="combobox"]');
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
  function take(box, option) {
    box.querySelector('[role="combobox"]').value = option.dataset.name;
    var key = box.querySelector('input[name="ags"]');
    if (key) {
      key.value = option.dataset.ags;
    }
    close(box);
    box.querySelector('[role="combobox"]').focus();
  }
  document.addEventListener('htmx:afterSwap', function (event) {
    var box = picker(event.target);
    if (box) {
      box.querySelector('[role="combobox"]').setAttribute('aria-expanded', options(box).length > 0 ? 'true' : 'false');
    }
  });
  document.addEventListener('input', function (event) {
    var box = picker(event.target);
    if (box && event.target.getAttribute('role') === 'combobox') {
      // a changed name no longer has the key of the earlier pick
      var key = box.querySelector('input[name="ags"]');
      if (key) {
        key.value = '';
      }
    }
  });
  document.addEventListener('click', function (event) {
    var option = event.target.closest && event.target.closest('.kp-option');
    if (option && picker(option)) {
      take(picker(option), option);
    }
  });
  document.addEventListener('keydown', function (event) {
    var box = picker(event.target);
    if (!box || event.target.getAttribute('role') !== 'combobox') {
      return;
    }
    var all = options(box);
    var current = all.findIndex(function (option) { return option.getAttribute('aria-selected') === 'true'; });
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) {
        return;
      }
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? Math.min(current + 1, all.length - 1) : Math.max(current - 1, 0);
      all.forEach(function (option, index) {
        option.setAttribute('aria-selected', index === next ? 'true' : 'false');
        option.classList.toggle('active', index === next);
      });
      event.target.setAttribute('aria-activedescendant', all[next].id);
    }
    else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      take(box, all[current]);
    }
    else if (event.key === 'Escape') {
      close(box);
    }
  });
})();
