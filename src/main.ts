// The action's entry: inputs → the review → GitHub and the outputs. Nothing else lives here.
import { runAction } from './action/run-action.js';
import { tuneV8 } from './platform/v8-tuning.js';

tuneV8();

await runAction();
