export const where = 'helper.js ran as ESM';
