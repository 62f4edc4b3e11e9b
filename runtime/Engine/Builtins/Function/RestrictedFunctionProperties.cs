using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>The parts of %Function.prototype% fixed by the spec's attribute tables: §20.2.3.6
/// @@hasInstance non-writable and non-configurable, and §10.2.4.1 %ThrowTypeError%'s frozen
/// "length" and "name".</summary>
internal static class RestrictedFunctionProperties
{
    public static void Install(Realm realm)
    {
        var proto = realm.FunctionPrototype;
        var thrower = realm.ThrowTypeError;
        thrower.SetOwnDirect("length", JsValue.FromNumber(0), PropertyFlags.None);
        thrower.SetOwnDirect("name", JsValue.FromString(""), PropertyFlags.None);
        // §10.2.4 AddRestrictedFunctionProperties(%Function.prototype%) is not applied yet: sloppy
        // functions have no own "caller"/"arguments" (node has them, as null), so they would inherit
        // the throwing accessors and `f.caller` in sloppy code would start to throw.
        if (proto.TryGetOwnFast(JsSymbol.HasInstance, out var hasInstance, out var flags) && (flags & PropertyFlags.Accessor) == 0)
            proto.SetOwnDirect(JsSymbol.HasInstance, hasInstance, PropertyFlags.None);
    }
}
