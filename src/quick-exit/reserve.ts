import type { Reserve } from '../core/element.js';

// Its control is sized in `rem` (2.75rem and 0.5rem around it, sticky at the top), not `em`.
export const quickExitReserve = { size: '3.75rem' } as const satisfies Reserve;
