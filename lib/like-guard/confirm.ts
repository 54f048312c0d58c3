/**
 * The small question by the like button: an alertdialog in an OPEN shadow
 * root under <div data-piketpaal="like-guard">. One click more, never a
 * block: "Toch liken" goes on, "Annuleren" (or Escape, or a click elsewhere)
 * leaves the post unliked.
 */
import type { UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { BASE_CSS, createShadowHost, el } from '../ui/in-page-ui';
import type { LikeConcern } from './assess';
import type { ActionKind } from './targets';

const CONFIRM_CSS = `${BASE_CSS}
.confirm { position: fixed; z-index: 2147483647; width: min(340px, calc(100vw - 16px)); background: #fff;
  border: 2px solid #154273; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.3); padding: 12px 14px; }
.title { font-weight: 700; margin: 0 0 6px; color: #154273; }
.reason { margin: 0 0 10px; font-size: 14px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
`;

export interface ConfirmOptions {
  doc: Document;
  anchor: Element;
  kind: ActionKind;
  concern: LikeConcern;
  lang: UiLanguage;
  onAnyway(): void;
  onCancel(): void;
  /** Which presses count as the user's own (tests replace this; the browser sets isTrusted). */
  isTrusted?: (event: Event) => boolean;
}

export interface LikeConfirm {
  host: HTMLElement;
  /** Closes without choosing (context ended, page changed). */
  dismiss(): void;
  reposition(): void;
}

const WIDTH = 340;

export function showLikeConfirm(options: ConfirmOptions): LikeConfirm {
  const { doc, anchor, kind, concern, lang } = options;
  const { host, root } = createShadowHost(doc, 'like-guard', CONFIRM_CSS);
  const tr = (key: string) => t(key, lang);

  const anyway = el(
    doc,
    'button',
    { type: 'button', class: 'primary' },
    tr(kind === 'like' ? 'like_confirm_anyway' : 'like_confirm_share_anyway'),
  );
  const cancel = el(doc, 'button', { type: 'button', class: 'secondary' }, tr('like_cancel'));
  const dialog = el(
    doc,
    'div',
    {
      class: 'pp confirm',
      role: 'alertdialog',
      'aria-modal': 'false',
      'aria-labelledby': 'pp-like-title',
      'aria-describedby': 'pp-like-reason',
      lang,
    },
    el(
      doc,
      'p',
      { id: 'pp-like-title', class: 'title' },
      tr(kind === 'like' ? 'like_confirm_title' : 'like_confirm_share_title'),
    ),
    el(
      doc,
      'p',
      { id: 'pp-like-reason', class: 'reason' },
      tr(concern === 'political' ? 'like_reason_political' : 'like_reason_policy'),
    ),
    el(doc, 'div', { class: 'actions' }, anyway, cancel),
  );
  root.append(dialog);

  const view = doc.defaultView;
  const reposition = () => {
    const rect = anchor.getBoundingClientRect();
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const height = dialog.offsetHeight || 130;
    const below = rect.bottom + 8;
    const top = below + height > vh && rect.top - height - 8 > 0 ? rect.top - height - 8 : below;
    dialog.style.top = `${Math.max(8, Math.min(top, vh - height - 8))}px`;
    dialog.style.left = `${Math.max(8, Math.min(rect.left, vw - Math.min(WIDTH, vw - 16) - 8))}px`;
  };
  reposition();

  let done = false;
  const finish = (choice: (() => void) | null) => {
    if (done) return;
    done = true;
    doc.removeEventListener('pointerdown', onOutside, true);
    host.remove();
    choice?.();
  };
  // A press anywhere else on the page means "not now": close, and let that press do its own thing.
  const onOutside = (event: Event) => {
    if (!event.composedPath().includes(host)) finish(options.onCancel);
  };
  doc.addEventListener('pointerdown', onOutside, true);

  // Only the user's own press likes: a script on the page must not answer the question for them.
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  anyway.addEventListener('click', (event) => {
    if (isTrusted(event)) finish(options.onAnyway);
  });
  cancel.addEventListener('click', () => finish(options.onCancel));
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(options.onCancel);
    } else if (event.key === 'Tab') {
      // Two buttons: keep focus inside the question until it is answered.
      event.preventDefault();
      (root.activeElement === anyway ? cancel : anyway).focus();
    }
  });
  // The safe choice has focus, as for any alertdialog.
  cancel.focus();
  return { host, dismiss: () => finish(null), reposition };
}
