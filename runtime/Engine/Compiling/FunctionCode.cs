using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Compiling;

[Flags]
public enum CodeFlags : ushort
{
    None = 0,
    Strict = 1,
    Arrow = 2,
    /// <summary>The VM keeps a copy of all arguments (for `arguments` or a rest parameter).</summary>
    NeedsArgumentsCopy = 4,
    ClassConstructor = 8,
    Derived = 16,
    Method = 32,
    Script = 64,
    /// <summary>Has [[Construct]] (ordinary non-arrow, non-method functions and class constructors).</summary>
    Constructor = 128,
    Generator = 256,
    Async = 512,
}

/// <summary>Where a closure finds a captured cell when it is created: a register of the creating
/// frame (holding a Cell) or a capture of the creating closure.</summary>
public readonly record struct CaptureSource(bool FromRegister, int Index, string Name);

/// <summary>A try region: pc in [Start, End) continues at Handler with the exception pushed.</summary>
public readonly record struct HandlerEntry(int Start, int End, int Handler);

/// <summary>Per-site inline cache for property get/put: a shape and the slot the key had in it.</summary>
public struct PropertyCache
{
    public Shape? Shape;
    public int Slot;
    /// <summary>Global accesses: the realm's GlobalLexicalVersion when cached.</summary>
    public int Version;
    /// <summary>Property sites: more entries, for polymorphic sites and prototype-chain hits
    /// (see Interpreting/Vm.PropertyCaches.cs); allocated once, on the first such fill.</summary>
    internal CacheEntry[]? Entries;
    internal int NextEntry;
}

/// <summary>One (receiver shape → location) entry of a property site. Depth 0: the receiver's own
/// slot. Depth 1..4: the property lives on the receiver's Depth-th prototype; the entry holds each
/// prototype on the way (P1..P4) with the shape it had, all checked on a hit, so adding a shadowing
/// property, changing a prototype link or reshaping the holder all miss.</summary>
internal struct CacheEntry
{
    public Shape? Shape;
    /// <summary>Prototype-chain entries: the receiver is exactly a JsArray (else exactly a JsObject);
    /// other classes may answer keys outside their shape and are not cached.</summary>
    public bool ReceiverIsArray;
    public JsObject? P1, P2, P3, P4;
    public Shape? S1, S2, S3, S4;
    public int Depth;
    public int Slot;
    /// <summary>The slot holds an <see cref="Accessor"/> (GetProp calls its getter).</summary>
    public bool Accessor;
    /// <summary>SetProp sites: a cached addition. <see cref="Shape"/> lacks the key, this shape has it
    /// at <see cref="Slot"/>; P1..P{Depth} is the whole prototype chain (ending in null), none with the key.</summary>
    public Shape? NewShape;
}

/// <summary>
/// The compiled form of one function (or script): immutable bytecode plus pools, handler table,
/// capture list and a pc → line:column table. The inline caches are the one mutable part; they
/// are keyed by Shape identity so they stay correct whichever realm runs the code.
/// </summary>
public sealed class FunctionCode
{
    public required string Name { get; init; }
    public required string SourceName { get; init; }
    public required byte[] Code { get; init; }
    public required JsValue[] Constants { get; init; }
    public required PropertyKey[] Names { get; init; }
    public required FunctionCode[] Functions { get; init; }
    public required HandlerEntry[] Handlers { get; init; }
    public required CaptureSource[] Captures { get; init; }
    /// <summary>Triples (pc, line, 1-based column) sorted by pc.</summary>
    public required int[] Positions { get; init; }
    public required CodeFlags Flags { get; init; }
    /// <summary>Argument slots: registers 0..ParamCount-1 receive the first arguments.</summary>
    public int ParamCount { get; init; }
    /// <summary>The `length` property value.</summary>
    public int Length { get; init; }
    public int RegisterCount { get; init; }
    public int MaxStack { get; init; }
    public int FrameSize => RegisterCount + MaxStack;
    public int CacheCount { get; init; }
    internal PropertyCache[] Caches = [];

    /// <summary>Script only (§16.1.7 GlobalDeclarationInstantiation): var names, function names, and the
    /// let/const/class names whose cells are the script's captures (same order).</summary>
    public string[] ScriptVarNames { get; init; } = [];
    public string[] ScriptFunctionNames { get; init; } = [];
    public bool[] ScriptLexicalIsConst { get; init; } = [];
    public bool IsStrict => (Flags & CodeFlags.Strict) != 0;
    /// <summary>The module record this code belongs to (§9.4.1 GetActiveScriptOrModule), set when a module
    /// is created; null for scripts (then the referrer of `import()` is <see cref="SourceName"/>).</summary>
    public object? ScriptOrModule { get; internal set; }

    /// <summary>The parsed text this function was compiled from and its span there (§20.2.3.5
    /// Function.prototype.toString); the text is shared, not copied. Null for synthesized code.</summary>
    public string? SourceText { get; internal set; }
    public int SourceStart { get; internal set; }
    public int SourceEnd { get; internal set; }

    internal void InitCaches() { if (Caches.Length != CacheCount) Caches = new PropertyCache[CacheCount]; }

    /// <summary>Source position of the instruction at <paramref name="pc"/>: (line, 1-based column).</summary>
    public (int Line, int Column) PositionAt(int pc)
    {
        int lo = 0, hi = Positions.Length / 3 - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (Positions[mid * 3] <= pc) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return (0, 0);
        return (Positions[found * 3 + 1], Positions[found * 3 + 2]);
    }
}
