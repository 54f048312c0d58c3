/** CSS of our shadow roots (plain strings: no page CSS reaches in, none leaks out). */

const BASE = `
:host { all: initial; }
* { box-sizing: border-box; }
.font { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; }
`;

export const MARKS_CSS = `${BASE}
.mark { position: fixed; pointer-events: none; border-bottom: 2px solid; border-radius: 1px; }
.mark.sev-info { background: rgba(26, 95, 180, 0.10); border-color: #1a5fb4; }
.mark.sev-warning { background: rgba(194, 84, 0, 0.12); border-color: #c25400; }
.mark.sev-high { background: rgba(176, 0, 32, 0.14); border-color: #b00020; }
.mark.handle { pointer-events: none; outline: none; }
.mark.handle:focus-visible { outline: 2px solid #154273; outline-offset: 1px; }
.tooltip { position: fixed; max-width: 340px; padding: 8px 10px; background: #fff; border: 1px solid #8a8a8a;
  border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; }
.tooltip[hidden] { display: none; }
.tooltip p { margin: 0 0 4px; }
.tooltip .rule { font-weight: 600; color: #154273; }
.tooltip .tip { color: #333; }
`;

export const INDICATOR_CSS = `${BASE}
.button { position: fixed; display: inline-flex; align-items: center; gap: 4px; min-width: 24px; height: 24px;
  padding: 0 7px; border-radius: 12px; border: 1px solid #154273; background: #fff; color: #154273; cursor: pointer;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.button:focus-visible { outline: 3px solid #154273; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.button.sev-info { border-color: #1a5fb4; color: #1a4f96; }
.button.sev-warning { border-color: #c25400; color: #8a3b00; background: #fff7ef; }
.button.sev-high { border-color: #b00020; color: #8e0019; background: #fff3f4; }
.button[hidden], .panel[hidden] { display: none; }
.panel { position: fixed; width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto; padding: 10px 12px;
  background: #fff; border: 1px solid #8a8a8a; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.2); }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel ul { margin: 0; padding: 0 0 0 18px; }
.panel li { margin: 0 0 8px; }
.panel .rule { font-weight: 600; color: #154273; }
.panel .close { margin-top: 4px; padding: 4px 10px; border: 1px solid #154273; border-radius: 4px; background: #fff;
  color: #154273; font: inherit; cursor: pointer; }
.panel .close:focus-visible { outline: 3px solid #154273; outline-offset: 2px; }
`;

export const BANNER_CSS = `${BASE}
.banner { position: fixed; width: min(460px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  padding: 14px 16px; background: #fff; border: 2px solid #154273; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.28); }
.banner h2 { font-size: 16px; margin: 0 0 6px; color: #154273; }
.banner .intro { margin: 0 0 8px; }
.banner ul { margin: 0 0 10px; padding: 0 0 0 18px; }
.banner li { margin: 0 0 8px; }
.banner .excerpt { font-style: italic; }
.banner .rule { font-weight: 600; color: #154273; }
.banner .sev-high .label { color: #8e0019; font-weight: 600; }
.banner .sev-warning .label { color: #8a3b00; font-weight: 600; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; justify-content: flex-end; }
.actions button { padding: 7px 14px; border-radius: 4px; font: 600 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  cursor: pointer; border: 2px solid #154273; }
.actions .edit { background: #154273; color: #fff; }
.actions .post { background: #fff; color: #154273; }
.actions button:focus-visible { outline: 3px solid #e17000; outline-offset: 2px; }
`;
