export const answer = 42;
export default function main() { return await Promise.resolve(answer); }
