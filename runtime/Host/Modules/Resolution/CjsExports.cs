using System.Collections.Generic;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>What <see cref="CjsExportDetector"/> found in a CommonJS source.</summary>
public sealed class CjsExports
{
    internal CjsExports(IReadOnlyList<string> exports, IReadOnlyList<string> reexports, bool isComplete)
    {
        Exports = exports;
        Reexports = reexports;
        IsComplete = isComplete;
    }

    /// <summary>Named exports, in order of first detection (may include "default" and "__esModule").</summary>
    public IReadOnlyList<string> Exports { get; }

    /// <summary>
    /// Specifiers whose own exports are re-exported (<c>module.exports = require('x')</c>, star-export
    /// helpers): the loader resolves them from the module's path and merges their detected names.
    /// </summary>
    public IReadOnlyList<string> Reexports { get; }

    /// <summary>
    /// False when the scan stopped early: an unterminated string, template or regular expression,
    /// unbalanced brackets, top-level <c>import</c>/<c>export</c> statements or <c>import.meta</c>. Node's cjs-module-lexer throws
    /// there and Node then exposes no named exports at all; the lists hold what was found before the stop.
    /// </summary>
    public bool IsComplete { get; }
}
