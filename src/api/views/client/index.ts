/** The single browser bundle: defines every quotegraph element; pages and dashboards load it. */
import { QuotegraphEntity } from './entity-element.js';
import { QuotegraphNetwork } from './network-element.js';
import { QuotegraphQuote } from './quote-element.js';

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};
define('quotegraph-network', QuotegraphNetwork);
define('quotegraph-entity', QuotegraphEntity);
define('quotegraph-quote', QuotegraphQuote);
