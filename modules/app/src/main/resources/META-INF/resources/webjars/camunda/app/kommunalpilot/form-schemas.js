// What the other scripts need to know of the Camunda Forms Tasklist shows: each form's schema as Tasklist loads it
// (task/{id}/deployed-form, process-definition/{id}/deployed-start-form), the input of a field, and the server's
// refusal of a submission (EngineRestGuard answers 400 {message, errors: {field key: German message}}).
const schemas = new Map();
const schemaListeners = [];
const refusalListeners = [];

function fields(component, found) {
  (component && component.components || []).forEach(child => {
    if (child.key && child.id) {
      found[child.key] = { id: child.id, disabled: !!child.disabled, readonly: !!child.readonly };
    }
    fields(child, found);
  });
  return found;
}

// the form a request belongs to: „task/<id>“ or „process-definition/<id or key/…>“
function formOf(url, suffix) {
  const match = new RegExp('/(task|process-definition)/(.+?)/' + suffix + '/?(?:\\?.*)?$').exec(String(url));
  return match ? match[1] + '/' + decodeURIComponent(match[2]) : null;
}

function loaded(form, text) {
  try {
    schemas.delete(form);
    schemas.set(form, { form, fields: fields(JSON.parse(text), {}) });
    if (schemas.size > 5) {
      schemas.delete(schemas.keys().next().value); // the forms opened before stay few
    }
    schedule();
  } catch (e) {
    // not a Camunda Form (an embedded or generic form): nothing to do
  }
}

function refused(form, text) {
  let errors;
  try {
    errors = JSON.parse(text).errors;
  } catch (e) {
    return;
  }
  const schema = schemas.get(form);
  if (schema && errors && Object.keys(errors).length) {
    refusalListeners.forEach(listener => listener(schema, errors));
  }
}

// Tasklist loads the form with fetch and submits it with XMLHttpRequest; both are watched
function watch(method, url) {
  const verb = String(method || 'GET').toUpperCase();
  return {
    form: verb === 'GET' && formOf(url, 'deployed-(?:start-)?form'),
    submission: verb === 'POST' && formOf(url, 'submit-form')
  };
}

function answered(watched, status, text) {
  if (watched.form && status === 200) {
    loaded(watched.form, text);
  } else if (watched.submission && status === 400) {
    refused(watched.submission, text);
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const watched = watch(method, url);
  if (watched.form || watched.submission) {
    this.addEventListener('load', () => answered(watched, this.status, this.responseText));
  }
  return open.call(this, method, url, ...rest);
};

const originalFetch = window.fetch;
window.fetch = function (resource, options) {
  const answer = originalFetch.apply(this, arguments);
  const request = resource instanceof Request ? resource : null;
  const watched = watch(options && options.method || request && request.method, request ? request.url : String(resource));
  if (watched.form || watched.submission) {
    answer.then(response => response.clone().text().then(text => answered(watched, response.status, text))).catch(() => {});
  }
  return answer;
};

/** The input form-js renders for a component (its id ends with the component's id). */
export function inputOf(componentId) {
  return [...document.querySelectorAll('.fjs-container [id]')].find(element => /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)
    && (element.id.endsWith('-' + componentId) || element.id.includes('-' + componentId + '-')
      || element.id.includes('-' + componentId + '_'))) || null;
}

/** Calls the listener with every form schema whose form is on the page, again whenever the page changes (it must be idempotent). */
export function onSchema(listener) {
  schemaListeners.push(listener);
  schedule();
}

/** Calls the listener with the schema and the field errors when the server refuses a submission of that form. */
export function onRefusal(listener) {
  refusalListeners.push(listener);
}

let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      schemas.forEach(schema => schemaListeners.forEach(listener => listener(schema)));
    });
  }
}

new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });

export default [];
