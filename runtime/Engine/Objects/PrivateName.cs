namespace Aot.Engine.Objects;

/// <summary>What a class declares under a private name (ECMA-262 §6.2.10 PrivateElement [[Kind]]).</summary>
public enum PrivateElementKind : byte { Field, Method, Accessor }

/// <summary>The compile-time facts of one private name of a class body: its description ("#x"),
/// its kind, whether it is static, and the class name for error messages. A constant of the code
/// that evaluates the class; each evaluation makes a fresh <see cref="PrivateName"/> from it.</summary>
public sealed record PrivateNameInfo(string Description, PrivateElementKind Kind, bool IsStatic, string ClassName);

/// <summary>
/// ECMA-262 §6.2.12 Private Names: a value unique to one evaluation of a class body. Fields keep
/// their values on each object (<see cref="JsObject"/>'s private elements); methods and accessors
/// are the same functions for every object of the class, so they live here and an object only
/// records that it carries the name (its "brand").
/// </summary>
public sealed class PrivateName(PrivateNameInfo info)
{
    public PrivateNameInfo Info { get; } = info;
    public string Description => Info.Description;
    public PrivateElementKind Kind => Info.Kind;
    /// <summary>Kind Method: the method's function object.</summary>
    public JsValue Method;
    /// <summary>Kind Accessor: the getter and setter (either may be missing).</summary>
    public JsObject? Getter, Setter;

    public override string ToString() => Description;
}
