using System;
using System.Collections.Generic;

namespace Aot.Engine.Compiling;

/// <summary>ECMA-262 §16.2.1.3 ModuleRequest Record: a specifier and its import attributes (sorted by key).</summary>
public sealed class ModuleRequest(string specifier, KeyValuePair<string, string>[] attributes) : IEquatable<ModuleRequest>
{
    public string Specifier { get; } = specifier;
    public KeyValuePair<string, string>[] Attributes { get; } = attributes;

    /// <summary>The `type` attribute (`with { type: "json" }`), or null.</summary>
    public string? Type
    {
        get
        {
            foreach (var a in Attributes) if (a.Key == "type") return a.Value;
            return null;
        }
    }

    /// <summary>§16.2.1.3.1 ModuleRequestsEqual.</summary>
    public bool Equals(ModuleRequest? other)
    {
        if (other == null || other.Specifier != Specifier || other.Attributes.Length != Attributes.Length) return false;
        for (int i = 0; i < Attributes.Length; i++)
            if (Attributes[i].Key != other.Attributes[i].Key || Attributes[i].Value != other.Attributes[i].Value) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is ModuleRequest r && Equals(r);
    public override int GetHashCode() => Specifier.GetHashCode();
    public override string ToString() => Specifier;
}

/// <summary>§16.2.1.6 ImportEntry: ImportName null = a namespace import (`* as x`).</summary>
public readonly record struct ImportEntry(int Request, string? ImportName, int Cell);

/// <summary>A local export: the export name and the module cell holding its binding.</summary>
public readonly record struct LocalExport(string ExportName, int Cell);

/// <summary>A re-export: ImportName null = `export * as name from`.</summary>
public readonly record struct IndirectExport(string ExportName, int Request, string? ImportName);

/// <summary>
/// A compiled module (the static part of a Source Text Module Record, ECMA-262 §16.2.1.6): the code
/// that instantiates hoisted functions (run at link time, §16.2.1.6.4 step 24), the body, the cells
/// of the module environment (one per top-level binding) and the import/export tables over them.
/// </summary>
public sealed class ModuleCode
{
    public required FunctionCode Init { get; init; }
    public required FunctionCode Body { get; init; }
    public required string[] CellNames { get; init; }
    /// <summary>Lexical bindings start uninitialized (TDZ); vars and functions start undefined.</summary>
    public required bool[] CellIsLexical { get; init; }
    public required ModuleRequest[] Requests { get; init; }
    public required ImportEntry[] Imports { get; init; }
    public required LocalExport[] LocalExports { get; init; }
    public required IndirectExport[] IndirectExports { get; init; }
    public required int[] StarExports { get; init; }
    public bool HasTopLevelAwait { get; init; }
}
