/**
 * Child process for the durability test: opens the SQLite store in the folder given as the first
 * argument, writes, reports what it wrote once the store has acknowledged it, then waits to be killed.
 */
import { openStore } from '../../open-store.js';

const store = await openStore({ dataDir: process.argv[2] });
const user = await store.users.create({ email: `killed-${process.pid}@example.org`, passwordHash: 'h' });
const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01' });
const hit = await store.rateLimits.hit('killed', '2025-01-01T00:00:00.000Z');
process.stdout.write(`${JSON.stringify({ userId: user.id, recoveryId: recovery.id, hit })}\n`);
setInterval(() => {}, 60_000);
