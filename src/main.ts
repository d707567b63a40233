// The action's entry: inputs → the review → GitHub and the outputs. Nothing else lives here.
import { runAction } from './action/run-action.js';
import { limitHeapGrowth } from './platform/heap.js';

limitHeapGrowth();

await runAction();
