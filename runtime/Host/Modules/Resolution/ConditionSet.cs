using System;
using System.Collections.Generic;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// The conditions a resolution matches in package.json "exports"/"imports" condition objects.
/// "default" always matches (PACKAGE_TARGET_RESOLVE step 2.2.1). Which matching condition wins is
/// decided by the order of keys in the package.json object, never by the order here.
/// </summary>
public sealed class ConditionSet
{
    /// <summary>Node's defaultConditions for <c>import</c>: ["node", "import"] (+ "default").</summary>
    public static readonly ConditionSet Import = new("node", "import", "default");

    /// <summary>Node's conditions for <c>require</c>: ["node", "require"] (+ "default").</summary>
    public static readonly ConditionSet Require = new("node", "require", "default");

    private readonly string[] _names;

    public ConditionSet(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = (string[])names.Clone();
    }

    /// <summary>These conditions plus user ones (Node's <c>--conditions</c> / <c>-C</c>).</summary>
    public ConditionSet With(params string[] extra)
    {
        var all = new List<string>(_names);
        foreach (string name in extra)
            if (!all.Contains(name)) all.Add(name);
        return new ConditionSet([.. all]);
    }

    public IReadOnlyList<string> Names => _names;

    public bool Matches(string condition)
    {
        if (condition == "default") return true;
        // A handful of names: a linear scan beats hashing.
        foreach (string name in _names)
            if (string.Equals(name, condition, StringComparison.Ordinal)) return true;
        return false;
    }
}
