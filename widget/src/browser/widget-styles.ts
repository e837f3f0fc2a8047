/**
 * The widget's own styles, scoped by its shadow root so they neither leak into nor inherit from the host page.
 * Typography, focus and error styles follow the GOV.UK Design System's conventions.
 */
export const WIDGET_STYLES = /* CSS */ `
:host {
  display: block;
  font-family: var(--cohesion-font, "Helvetica Neue", Helvetica, Arial, sans-serif);
  color: #0b0c0c;
  line-height: 1.4;
  /* Tall enough for Belgium at desktop widths, and not much taller than the country at a phone's. */
  --cohesion-map-height: clamp(260px, 72vw, 520px);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.filters { display: flex; flex-wrap: wrap; gap: 12px 24px; margin: 0 0 12px; padding: 0; border: 0; }
.filters label { display: flex; flex-direction: column; font-weight: 700; font-size: 16px; gap: 4px; }
select {
  font: inherit; font-weight: 400; min-width: 14em; max-width: 100%; height: 40px; padding: 4px 8px;
  border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: #0b0c0c;
}
select:disabled { opacity: 0.5; }
select:focus, button:focus, .map:focus {
  outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c;
}
.map:focus-visible { outline: 4px solid #ffdd00; box-shadow: 0 0 0 7px #0b0c0c; }
.keyboard-help { margin: 4px 0 0; font-size: 14px; color: #505a5f; }
.toggle { margin: 12px 0 0; }
.frame[hidden], .table-view[hidden], .toggle[hidden] { display: none; }
.table-view { margin-top: 12px; max-height: 70vh; overflow: auto; }
.table-view table { margin-top: 0; }
.table-view thead th { position: sticky; top: 0; background: #fff; z-index: 1; }
button.sort {
  background: none; color: #1d70b8; box-shadow: none; padding: 0; font-weight: 700; text-align: left;
  text-decoration: underline; font-size: 16px;
}
button.sort:hover { background: none; color: #003078; }
button.sort:focus { background: #ffdd00; color: #0b0c0c; }
tr.total th { font-weight: 700; }
.error-technical { margin: 12px 0 0; font-size: 14px; }
.caption { margin: 0 0 8px; font-size: 16px; color: #505a5f; }
.frame { position: relative; }
.map {
  height: var(--cohesion-map-height); width: 100%;
  background: #ffffff; border: 1px solid #b1b4b6;
}
.map[aria-busy="true"] { opacity: 0.6; }
.error {
  margin: 0 0 12px; padding: 16px 20px; background: #fff; border: 4px solid #d4351c; font-size: 16px;
}
.error[hidden] { display: none; }
.error h2 { margin: 0 0 8px; font-size: 19px; }
.error p { margin: 0 0 12px; overflow-wrap: anywhere; }
button {
  font: inherit; font-size: 16px; padding: 8px 12px; border: 0; border-radius: 0;
  background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18; cursor: pointer;
}
button:hover { background: #005a30; }
button:focus { background: #ffdd00; color: #0b0c0c; box-shadow: 0 2px 0 #0b0c0c; outline: 3px solid transparent; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 20px; margin: 12px 0 0; padding: 0; list-style: none; font-size: 16px; }
.legend-title { font-weight: 700; width: 100%; margin: 12px 0 0; font-size: 16px; }
.legend li { display: flex; align-items: center; gap: 8px; }
.swatch { display: inline-block; width: 20px; height: 20px; flex: none; }
.summary { margin: 12px 0 0; font-size: 19px; }
details { margin: 12px 0 0; font-size: 16px; }
summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
summary:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
table { border-collapse: collapse; margin-top: 8px; width: 100%; }
caption { text-align: left; font-weight: 700; padding: 4px 0; }
th, td { text-align: left; padding: 6px 12px 6px 0; border-bottom: 1px solid #b1b4b6; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.source { margin: 8px 0 0; font-size: 14px; color: #505a5f; }
.tooltip-name { font-weight: 700; font-size: 15px; display: block; }
.tooltip-line { display: block; font-size: 14px; }
.leaflet-tooltip { font-family: inherit; color: #0b0c0c; border: 1px solid #0b0c0c; border-radius: 0; }
.leaflet-container { font-family: inherit; }
.visually-hidden {
  position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
  padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; border: 0 !important;
}
@media (max-width: 480px) {
  .filters { gap: 8px; }
  .filters label { width: 100%; }
  select { min-width: 0; width: 100%; }
  .summary { font-size: 16px; }
  .table-view th, .table-view td { padding-right: 6px; font-size: 14px; }
}
/* On paper the table is the map: every municipality, whatever the screen showed. */
@media print {
  .filters, .frame, .toggle, .error { display: none !important; }
  .table-view, .table-view[hidden] { display: block !important; max-height: none; overflow: visible; }
  .table-view thead th { position: static; }
  button.sort { color: #0b0c0c; text-decoration: none; }
}
`;
