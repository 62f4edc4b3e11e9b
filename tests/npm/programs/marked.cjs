const { marked } = require('marked');
console.log(marked.parseInline('A [link](https://example.com "t") and ~~strike~~'));
console.log(marked.parse('1. first\n2. second\n\n---\n\n<div>html</div>\n'));
