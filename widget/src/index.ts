export { buildWidgetAssets, getWidgetAssets, WIDGET_SCRIPT_PATH, DEMO_PATHS } from './build-widget-assets';
export type { WidgetAsset } from './build-widget-assets';
export { getTablePageRenderer, readRegisteredOperation, TABLE_PAGE_LANGUAGES, TABLE_PAGE_PATH } from './table-page-renderer';
export type { TableMunicipality, TablePageInput, TablePageRenderer } from './table-page-renderer';
