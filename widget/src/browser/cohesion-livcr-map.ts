// Entry point of the widget script (/widget/cohesion-livcr-map.js): one <script> tag defines the element.
import { LivcrMapElement } from './livcr-map-element';

export const TAG_NAME = 'cohesion-livcr-map';

// A page may include the script twice (two embeds): defining the element twice would throw.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, LivcrMapElement);
