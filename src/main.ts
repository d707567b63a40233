// The action's entry: inputs → the review → GitHub and the outputs. Nothing else lives here.
import { runAction } from './action/run-action.js';

await runAction();
