export * from './calendar';
export * from './dag';
export * from './handoffs';
export * from './schedule';
export * from './edit';
