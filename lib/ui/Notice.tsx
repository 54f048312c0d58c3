/** A status box (info, warning, error, ok). Use role="status" for live updates. */
import type { ComponentChildren } from 'preact';

interface NoticeProps {
  kind?: 'info' | 'warning' | 'error' | 'ok';
  title?: string;
  children?: ComponentChildren;
  role?: 'status' | 'alert';
}

export function Notice({ kind = 'info', title, children, role }: NoticeProps) {
  return (
    <div class={`pp-notice pp-notice--${kind}`} role={role}>
      {title ? (
        <p>
          <strong>{title}</strong>
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** Shown beside a setting the IT department locked. */
export function LockedNote({ text }: { text: string }) {
  return (
    <span class="pp-locked">
      <span aria-hidden="true">🔒</span>
      {text}
    </span>
  );
}
