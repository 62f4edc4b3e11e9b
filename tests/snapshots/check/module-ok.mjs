const top = await Promise.resolve(1);
export { top };
import meta from "./x.json" with { type: "json" };
console.log(import.meta.url, meta);
