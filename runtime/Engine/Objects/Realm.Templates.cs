using System.Collections.Generic;

namespace Aot.Engine.Objects;

/// <summary>The strings of one tagged template site (ECMA-262 §13.2.8.3 TemplateStrings): a constant
/// of the code holding the site, so its identity is the site's Parse Node identity.</summary>
public sealed class TemplateSite(string?[] cooked, string[] raw)
{
    /// <summary>Null where the template has an invalid escape (the cooked value is undefined).</summary>
    public string?[] Cooked { get; } = cooked;
    public string[] Raw { get; } = raw;
}

public sealed partial class Realm
{
    /// <summary>§9.3 [[TemplateMap]]: the template object of each site evaluated in this realm.</summary>
    internal readonly Dictionary<TemplateSite, JsArray> TemplateMap = new(ReferenceEqualityComparer.Instance);
}
