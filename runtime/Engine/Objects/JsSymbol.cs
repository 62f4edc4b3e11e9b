namespace Aot.Engine.Objects;

/// <summary>ECMA-262 §6.1.5 The Symbol type. Identity is reference identity.</summary>
public sealed class JsSymbol(string? description)
{
    /// <summary>[[Description]]: undefined is null.</summary>
    public string? Description { get; } = description;
    /// <summary>Key of a Symbol.for registry entry, or null.</summary>
    internal string? RegistryKey { get; init; }

    public override string ToString() => "Symbol(" + Description + ")";

    // ECMA-262 §6.1.5.1 Well-known symbols: shared by all realms of the process.
    public static readonly JsSymbol Iterator = new("Symbol.iterator");
    public static readonly JsSymbol AsyncIterator = new("Symbol.asyncIterator");
    public static readonly JsSymbol HasInstance = new("Symbol.hasInstance");
    public static readonly JsSymbol ToPrimitive = new("Symbol.toPrimitive");
    public static readonly JsSymbol ToStringTag = new("Symbol.toStringTag");
    public static readonly JsSymbol Species = new("Symbol.species");
    public static readonly JsSymbol IsConcatSpreadable = new("Symbol.isConcatSpreadable");
    public static readonly JsSymbol Unscopables = new("Symbol.unscopables");
    public static readonly JsSymbol Match = new("Symbol.match");
    public static readonly JsSymbol MatchAll = new("Symbol.matchAll");
    public static readonly JsSymbol Replace = new("Symbol.replace");
    public static readonly JsSymbol Search = new("Symbol.search");
    public static readonly JsSymbol Split = new("Symbol.split");
    // Explicit resource management (ES2026).
    public static readonly JsSymbol Dispose = new("Symbol.dispose");
    public static readonly JsSymbol AsyncDispose = new("Symbol.asyncDispose");
}
