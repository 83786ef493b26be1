// Form kit: labelled fields, a draft kept on every keystroke, and the API's problem+json shown next to each field.
//
//   import { createForm, field, group, formDialog } from './forms/form-kit.js';
//
//   const form = createForm({
//     name: 'status', record: siteId,               // the draft's key: diemnong.draft.status.<siteId>
//     submitLabel: t('record.save'),
//     submit: (body) => api.send(urls.siteStatusEvents(siteId), { json: body }),
//     onSuccess: (answer) => { bus.emit('notice', t('record.saved')); dialog.close(); },
//   });
//   form.add(
//     field('date', 'occurredOn', { label: t('record.date'), required: true }),
//     field('select', 'newStatus', { label: …, options: [{ value: 'suspended', label: … }] }),
//     field('textarea', 'reason', { label: …, required: true }));
//   form.restore();                                  // the draft back in, after every row is built
//   const dialog = formDialog({ title: …, content: form.el }); dialog.open();
//
// Names are the API's field paths ("samples[0].value"), so a refusal's errors[].field finds its field; body() nests
// them into the request body ({samples: [{value: …}]}) with empty fields left out. The form has novalidate: the
// service is the one judge, its answer (in the page's language) is shown per field, aria-invalid and described,
// and focus goes to the first invalid field. Nothing typed is lost: the draft is saved on every input and cleared
// only when the service accepts the form; a refusal or a lost connection leaves the values where they are.
// A 412 (stale version) shows form.stale; options.onStale(error) may add nodes that say what changed.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { draftKey, isLostConnection, nest, sortProblem, typed } from './form-values.js';

let sequence = 0;

const safeId = (name) => String(name).replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * One labelled field: h('div.form-field', label, control, hint, error slot).
 * @param {'text'|'number'|'integer'|'date'|'select'|'textarea'|'checkbox'} type integer: amounts with separators
 * @param {string} name the API's field path
 * @param {{label: string, required?: boolean, hint?: string|Node, options?: {value: string, label: string}[],
 *          value?: string|boolean, placeholder?: string, attrs?: object, onInput?: Function}} options
 *   options: a select's choices, after an empty one ('—': nothing chosen);
 *   attrs: more attributes of the control (min, max, step, rows, inputmode, autocomplete, …)
 */
export function field(type, name, { label, required = false, hint, options = [], value, placeholder, attrs = {},
  onInput } = {}) {
  sequence += 1;
  const id = `f${sequence}-${safeId(name)}`;
  const hintId = hint ? `${id}-hint` : null;
  const common = {
    id, name, 'data-type': type === 'number' || type === 'integer' ? type : type === 'checkbox' ? 'boolean' : 'text',
    'aria-required': required ? 'true' : null, 'aria-describedby': hintId, placeholder, onInput, ...attrs,
  };
  let control;
  if (type === 'select') {
    control = h('select', common,
      h('option', { value: '' }, '—'),
      options.map((option) => h('option', { value: option.value }, option.label)));
  } else if (type === 'textarea') {
    control = h('textarea', { rows: 3, ...common });
  } else if (type === 'checkbox') {
    control = h('input', { type: 'checkbox', ...common });
  } else {
    // number fields are text with a numeric keyboard: "0,5" and "5.000.000" are typed as people write them
    const inputmode = type === 'number' ? 'decimal' : type === 'integer' ? 'numeric' : null;
    control = h('input', { type: type === 'date' ? 'date' : 'text', inputmode, ...common });
  }
  // as the default too: a discarded draft goes back to it
  if (value !== undefined && value !== null) {
    if (type === 'checkbox') control.defaultChecked = control.checked = Boolean(value);
    else if (type === 'select') [...control.options].forEach((option) => { option.defaultSelected = option.value === String(value); });
    else control.defaultValue = String(value);
  }
  const labelEl = h('label', { for: id }, label, required ? h('span', { class: 'form-required', 'aria-hidden': 'true' }, ' *') : null);
  return h('div', { class: ['form-field', `form-field-${type}`], 'data-field': name },
    type === 'checkbox' ? [control, labelEl] : [labelEl, control],
    hint ? h('p', { class: 'form-hint', id: hintId }, hint) : null,
    h('p', { class: 'form-error', id: `${id}-error`, hidden: true }));
}

/** A fieldset whose legend names a group (rows, a list of checkboxes); problems naming `name` are shown on it. */
export function group(name, legend, ...children) {
  sequence += 1;
  const id = `g${sequence}-${safeId(name)}`;
  return h('fieldset', { class: 'form-group', 'data-field': name, id },
    h('legend', null, legend),
    children,
    h('p', { class: 'form-error', id: `${id}-error`, hidden: true }));
}

/** Reads and writes drafts; storage may be missing or full (private windows): drafts are then not kept. */
function drafts(storage, key) {
  return {
    load() {
      try {
        return JSON.parse(storage?.getItem(key) || 'null')?.values ?? null;
      } catch {
        return null;
      }
    },
    save(values) {
      try {
        storage?.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
      } catch {
        // nothing to do: the values stay in the form
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // as above
      }
    },
  };
}

const controlsOf = (el) => [...el.elements].filter((control) => control.name && control.tagName !== 'BUTTON' && control.tagName !== 'FIELDSET');

/**
 * A form that keeps a draft, submits its body and shows the service's answer.
 * @param {{name: string, record?: string|number, submit: (body: object, values: object) => Promise<any>,
 *          onSuccess?: (answer: any) => void, onStale?: (error: object) => (Node|string|null),
 *          submitLabel?: string, storage?: Storage}} options
 *   submit: sends the body (api.send); it rejects with api.js's ApiError on a refusal or a lost connection
 */
export function createForm({ name, record, submit, onSuccess = () => {}, onStale = () => null, submitLabel,
  storage = globalThis.localStorage }) {
  const draft = drafts(storage, draftKey(name, record));
  const message = h('div', { class: 'form-message', role: 'alert', hidden: true, 'data-testid': 'form-message' });
  const fields = h('div', { class: 'form-fields' });
  const button = h('button', { type: 'submit', class: 'form-submit', 'data-testid': 'form-submit' },
    submitLabel || t('form.submit'));
  const el = h('form', { class: 'form', novalidate: true, 'data-form': name }, fields, message,
    h('div', { class: 'form-actions' }, button));
  let busy = false;

  const rawValues = () => Object.fromEntries(controlsOf(el).map((control) =>
    [control.name, control.type === 'checkbox' ? control.checked : control.value]));
  const values = () => Object.fromEntries(controlsOf(el).map((control) =>
    [control.name, typed(control.type === 'checkbox' ? control.checked : control.value, control.dataset.type)]));
  const save = () => draft.save(rawValues());

  function say(kind, ...children) {
    message.className = `form-message form-message-${kind}`;
    mount(message, children);
    message.hidden = false;
  }

  function clearProblems() {
    for (const error of el.querySelectorAll('.form-error')) {
      error.hidden = true;
      mount(error);
    }
    for (const invalid of el.querySelectorAll('[aria-invalid]')) {
      invalid.removeAttribute('aria-invalid');
      const describedBy = (invalid.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
      if (describedBy.length) invalid.setAttribute('aria-describedby', describedBy.join(' '));
      else invalid.removeAttribute('aria-describedby');
    }
    message.hidden = true;
    mount(message);
  }

  /** Marks one field (or group) invalid with its messages; returns what should take focus. */
  function markField(wrapper, messages) {
    const error = [...wrapper.children].find((child) => child.classList.contains('form-error'));
    mount(error, messages.join(' '));
    error.hidden = false;
    const targets = wrapper.tagName === 'FIELDSET' ? [wrapper] : controlsOf({ elements: wrapper.querySelectorAll('input, select, textarea') });
    for (const target of targets) {
      target.setAttribute('aria-invalid', 'true');
      const describedBy = new Set((target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
      describedBy.add(error.id);
      target.setAttribute('aria-describedby', [...describedBy].join(' '));
    }
    return wrapper.tagName === 'FIELDSET' ? wrapper.querySelector('input, select, textarea, button') || wrapper : targets[0];
  }

  /** Shows a refusal (ApiError or problem+json) or a lost connection; the values stay in the form. */
  function showProblem(error) {
    clearProblems();
    if (isLostConnection(error)) {
      say('offline', t('form.offline'));
      return;
    }
    if (error?.status === 412) {
      say('stale', h('p', null, t('form.stale')), onStale(error));
      return;
    }
    const wrappers = [...el.querySelectorAll('[data-field]')];
    const sorted = sortProblem(error, wrappers.map((wrapper) => wrapper.dataset.field), getLang());
    const focusable = [];
    for (const wrapper of wrappers) {
      const messages = sorted.fields[wrapper.dataset.field];
      if (messages) focusable.push(markField(wrapper, messages));
    }
    say('refused', h('p', null, t(focusable.length ? 'form.refused.fields' : 'form.refused')),
      sorted.general.map((text) => h('p', null, text)));
    (focusable[0] || message).focus?.();
  }

  el.addEventListener('input', save);
  el.addEventListener('change', save);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    button.disabled = true;
    el.setAttribute('aria-busy', 'true');
    clearProblems();
    save();
    try {
      const answer = await submit(nest(values()), values());
      draft.clear();
      onSuccess(answer);
    } catch (error) {
      if (error?.name === 'AbortError') return;
      showProblem(error);
    } finally {
      busy = false;
      button.disabled = false;
      el.removeAttribute('aria-busy');
    }
  });

  return {
    el,
    /** Appends fields, groups or any node to the form's fields. */
    add(...nodes) {
      fields.append(...nodes.flat().filter(Boolean));
      return this;
    },
    /** The typed values by field path. */
    values,
    /** The request body the form would send now. */
    body: () => nest(values()),
    /** The saved draft's raw values (null when none): to rebuild rows before restore(). */
    draft: () => draft.load(),
    /** Saves the draft now (after adding or removing rows). */
    save,
    /** Puts the draft back into the fields it names; says so, with a button to discard it. True when there was one. */
    restore() {
      const saved = draft.load();
      if (!saved) return false;
      for (const control of controlsOf(el)) {
        if (!(control.name in saved)) continue;
        if (control.type === 'checkbox') control.checked = Boolean(saved[control.name]);
        else control.value = saved[control.name];
        // a select whose choices come later keeps the wanted value (see wantedValue)
        control.dataset.wanted = String(saved[control.name]);
      }
      say('draft', t('form.draftRestored'), ' ',
        h('button', { type: 'button', class: 'form-link', 'data-testid': 'form-discard', onClick: () => {
          draft.clear();
          el.reset();
          clearProblems();
        } }, t('form.discardDraft')));
      return true;
    },
    showProblem,
    clearProblems,
  };
}

/** Sets a select's choices, keeping its current (or restored) value when it is still one of them. */
export function setOptions(select, options) {
  const wanted = select.value || select.dataset.wanted || '';
  mount(select, h('option', { value: '' }, '—'), options.map((option) => h('option', { value: option.value }, option.label)));
  if (options.some((option) => option.value === wanted)) select.value = wanted;
}

/**
 * A modal dialog holding a form: focus stays inside, Escape and × close it (the draft stays).
 * @returns {{el: HTMLDialogElement, open: () => void, close: () => void}}
 */
export function formDialog({ title, content, onClose = () => {}, testId }) {
  sequence += 1;
  const titleId = `d${sequence}-title`;
  const el = h('dialog', { class: 'form-dialog', 'aria-labelledby': titleId, 'data-testid': testId },
    h('header', { class: 'form-dialog-header' },
      h('h2', { id: titleId }, title),
      h('button', { type: 'button', class: 'close', 'aria-label': t('form.close'), title: t('form.close'),
        'data-testid': 'form-close', onClick: () => el.close() }, '×')),
    content);
  el.addEventListener('close', () => {
    el.remove();
    onClose();
  });
  return {
    el,
    open() {
      document.body.append(el);
      el.showModal();
      el.querySelector('input, select, textarea')?.focus();
    },
    close: () => el.open && el.close(),
  };
}
