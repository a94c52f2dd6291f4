/** Every fuzzed property, in the order `npm run fuzz` runs them. */
import { bundles } from './bundles';
import { contractProperty } from './contract';
import { importer } from './importer';
import { layout } from './layout';
import type { FuzzProperty } from './property';

export const PROPERTIES: ReadonlyArray<FuzzProperty<never>> = [importer, bundles, contractProperty, layout] as unknown as ReadonlyArray<FuzzProperty<never>>;
