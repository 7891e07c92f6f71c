import { runExtreme } from './test/bench/io-extreme';
const r = await runExtreme('/tmp/exports-big.db', '2026-12-07', new RegExp(process.argv[2]));
const u = process.memoryUsage(); console.log('main after', Math.round(u.rss/1048576), 'ab', Math.round(u.arrayBuffers/1048576), 'heap', Math.round(u.heapUsed/1048576));
process.exit(0);
