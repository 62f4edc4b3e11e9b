import { marked, Marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *emphasis*, **strong** and `code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'));
const custom = new Marked({ renderer: { heading({ tokens, depth }) { return `<h${depth} class="x">${this.parser.parseInline(tokens)}</h${depth}>\n`; } } });
console.log(custom.parse('## Custom *heading*'));
console.log(marked.lexer('> quote\n\n```js\nlet x;\n```').map((t) => t.type).join(','));
