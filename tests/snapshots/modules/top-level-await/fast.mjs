console.log('fast: runs while slow is suspended (fast has no async dependency)');
export const fast = 'fast value';
