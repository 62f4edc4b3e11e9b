import { nothing } from './data.mjs';
