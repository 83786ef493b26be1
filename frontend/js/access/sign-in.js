// The header's account control (sign in, or who is signed in and sign out) and the sign-in dialog.
// A change of account reloads the page: every layer and panel depends on who is signed in.
import { getLang, t, tCode, tIn } from '../i18n.js';
import { h, mount } from '../util/dom.js';

/** The message for a failed sign-in: the problem's own message in the page's language when it has one. */
export function signInMessage(error, lang) {
  const first = error?.errors?.[0];
  const own = first && (lang === 'en' ? first.messageEn : first.messageVi);
  if (own) return own;
  if (error?.status === 429) return t('auth.error.rateLimited', { s: error.retryAfter ?? '…' });
  if (error?.status === 0) return t('error.network');
  return error?.detail || t('auth.error.failed');
}

function createDialog({ api, reload, providers = [] }) {
  const dialog = h('dialog', { class: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title', 'data-testid': 'sign-in-dialog' });
  document.body.append(dialog);

  function render() {
    const field = (name, attrs) => h('label', { class: 'form-field' }, t(`auth.${name}`),
      h('input', { name, required: true, 'data-testid': `sign-in-${name}`, ...attrs }));
    const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'sign-in-error', hidden: true });
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'sign-in-submit' }, t('auth.submit'));
    const form = h('form', { novalidate: false, onSubmit: async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      submit.disabled = true;
      error.hidden = true;
      try {
        await api.signIn(String(data.get('username')).trim(), String(data.get('password')));
        reload();
      } catch (failure) {
        error.textContent = signInMessage(failure, getLang());
        error.hidden = false;
        form.elements.password.value = '';
        form.elements.password.focus();
      } finally {
        submit.disabled = false;
      }
    } },
    h('h2', { id: 'sign-in-title' }, t('auth.title')),
    field('username', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' }),
    field('password', { type: 'password', autocomplete: 'current-password' }),
    error,
    // an OpenID Connect provider configured on the service (the province's Keycloak): its page signs in instead
    ...providers.map((provider) => h('p', { class: 'sign-in-provider' },
      h('a', { href: provider.signInUrl, 'data-testid': `sign-in-provider-${provider.id}` },
        t('auth.provider', { name: provider.name })))),
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'button', 'data-testid': 'sign-in-cancel', onClick: () => dialog.close() }, t('auth.cancel')),
      submit));
    mount(dialog, form);
  }

  return {
    open() {
      render();
      dialog.showModal();
      dialog.querySelector('input[name=username]').focus();
    },
  };
}

/**
 * Fills el with the account control; it follows the language, and shows the commune scope once the commune
 * layer has named the communes ('communes:loaded' with names).
 */
export function mountAccount(el, { api, bus, me, reload = () => window.location.reload() }) {
  const dialog = createDialog({ api, reload, providers: me.providers ?? [] });
  let scopeNames = null;

  function render() {
    if (!me.authenticated) {
      mount(el, h('button', { type: 'button', class: 'account-button', 'data-testid': 'sign-in', 'aria-haspopup': 'dialog',
        onClick: () => dialog.open() }, t('auth.signIn')));
      return;
    }
    const scope = me.role === 'COMMUNE'
      ? h('p', { class: 'scope-note', role: 'note', 'data-testid': 'scope-note' },
        t('auth.scope', { communes: (scopeNames?.length ? scopeNames : me.communes).join(', ') || '—' }))
      : null;
    // the department's account is named as its role: say it once
    const name = me.displayName || me.username;
    const sameAsRole = ['vi', 'en'].some((lang) => tIn(lang, `role.${me.role}`) === name);
    mount(el,
      h('p', { class: 'account-name', 'data-testid': 'account' },
        sameAsRole ? null : [h('strong', null, name), ' · '],
        h('span', { 'data-testid': 'account-role' }, tCode('role', me.role))),
      scope,
      h('button', { type: 'button', class: 'account-button', 'data-testid': 'sign-out', onClick: async () => {
        try {
          await api.signOut();
        } catch (error) {
          bus.emit('error', error);
          return;
        }
        reload();
      } }, t('auth.signOut')));
  }

  bus.on('lang:changed', render);
  bus.on('communes:loaded', ({ names }) => {
    if (me.role !== 'COMMUNE' || !names) return;
    scopeNames = names;
    render();
  });
  render();
}
