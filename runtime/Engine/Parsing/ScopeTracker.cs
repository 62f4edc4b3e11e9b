using System;
using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Parsing;

/// <summary>Kinds of scope the parser tracks for early errors (ECMA-262 §8.2 / §14.2.1 / §15.2.1 Static Semantics).</summary>
[Flags]
internal enum ScopeFlags : ushort
{
    None = 0,
    Top = 1,
    Function = 2,
    Async = 4,
    Generator = 8,
    Arrow = 16,
    SimpleCatch = 32,
    Super = 64,
    DirectSuper = 128,
    ClassStaticBlock = 256,
    ClassFieldInit = 512,
    /// <summary>A scope that receives `var` declarations.</summary>
    Var = Top | Function | ClassStaticBlock | ClassFieldInit,
}

/// <summary>How a name is bound (mirrors the spec's VarDeclaredNames / LexicallyDeclaredNames split).</summary>
internal enum BindingKind : byte
{
    None,
    Var,
    Lexical,
    /// <summary>Sloppy-mode plain function declaration (Annex B.3.2.4: duplicates among themselves allowed in blocks).</summary>
    Function,
    /// <summary>A catch parameter that is a single identifier (Annex B.3.4).</summary>
    SimpleCatch,
    /// <summary>Checked only (function expression names, strict-mode re-checks).</summary>
    Outside,
}

/// <summary>One lexical scope: the names declared in it and cached context facts.</summary>
internal sealed class Scope
{
    public const byte VarBit = 1, LexicalBit = 2, FunctionBit = 4;

    public ScopeFlags Flags;
    /// <summary>Name -> VarBit | LexicalBit | FunctionBit.</summary>
    public readonly Dictionary<string, byte> Names = new(StringComparer.Ordinal);
    public string? CatchName;
    /// <summary>Index in the scope stack of the nearest var scope (self included).</summary>
    public int VarScope;
    /// <summary>Index of the nearest scope that has its own `this` (non-arrow function, static block, field init, top).</summary>
    public int ThisScope;
    public bool CanAwait;
    public bool AllowNewTarget;
    /// <summary>Facts about the function body collected while parsing (for function scopes).</summary>
    public FunctionFlags Uses;

    public byte Get(string name) => Names.TryGetValue(name, out var b) ? b : (byte)0;

    public void Add(string name, byte bit)
    {
        Names.TryGetValue(name, out var b);
        Names[name] = (byte)(b | bit);
    }

    public void Reset(ScopeFlags flags)
    {
        Flags = flags;
        bool wasLarge = Names.Count > 64;
        Names.Clear();
        if (wasLarge) Names.TrimExcess(8); // keep Clear() cheap for the many small scopes that reuse this slot
        CatchName = null;
        Uses = FunctionFlags.None;
    }
}
