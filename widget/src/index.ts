export { buildWidgetAssets, getWidgetAssets, WIDGET_SCRIPT_PATH, DEMO_PATHS } from './build-widget-assets';
export type { WidgetAsset } from './build-widget-assets';
