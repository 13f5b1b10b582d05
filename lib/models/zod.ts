/**
 * The one place zod is imported from. `jitless` stops zod probing `new Function`, which the
 * extension's Content-Security-Policy forbids (see ../shared/SPIKE.md and issue 11).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
