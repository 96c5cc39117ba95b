import { startDeadlines } from './deadlines.ts';

startDeadlines(document);
