using System.Collections.Generic;
using System.Collections.Immutable;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// What the emitter needs to evaluate one class (ECMA-262 §15.7.14 ClassDefinitionEvaluation):
/// the class body's scope, which holds a <see cref="BindingKind.ClassInternal"/> binding per private
/// name ("#x", a fresh Private Name per evaluation), per computed field key ("%key0"...) and for the
/// instance initializer ("%init"); and the synthetic functions that run field initializers (instance:
/// `this` = the new object, home = the prototype; static: `this` = the class, home = the class) and
/// static blocks (each its own method body, so its own var scope).
/// </summary>
internal sealed class ClassInfo(Scope bodyScope)
{
    public Scope BodyScope { get; } = bodyScope;
    /// <summary>Adds the instance private methods and defines the instance fields, in order
    /// (§7.3.34 InitializeInstanceElements). Null when the class has neither.</summary>
    public FunctionExpression? InstanceInitializer { get; set; }
    /// <summary>Binding holding the instance initializer closure; base constructors call it first,
    /// derived ones after super() returns.</summary>
    public Binding? InitializerBinding { get; set; }
    /// <summary>Defines the static fields and runs the static blocks, in order. Null when none.</summary>
    public FunctionExpression? StaticInitializer { get; set; }
    public Dictionary<StaticBlock, FunctionExpression> StaticBlocks { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Field → binding holding its computed key (evaluated once, at class definition).</summary>
    public Dictionary<PropertyDefinition, Binding> ComputedKeys { get; } = new(ReferenceEqualityComparer.Instance);
}

public sealed partial class ScopeAnalyzer
{
    /// <summary>Class node (declaration or expression) → its <see cref="ClassInfo"/>.</summary>
    internal Dictionary<Node, ClassInfo> Classes { get; } = new(ReferenceEqualityComparer.Instance);

    private const FunctionFlags SyntheticMethod = FunctionFlags.Strict | FunctionFlags.Method | FunctionFlags.UsesThis;

    private void VisitClass(Node node, Identifier? id, Expression? superClass, ClassBody body)
    {
        // The class scope holds the inner name binding; the heritage sees it (in its TDZ) but not the
        // class's private names (§15.7.14 step 8: it runs with the outer PrivateEnvironment).
        Push(ScopeKind.Class, node);
        if (id != null) scope.Declare(id.Name, BindingKind.Const).DeclarationEnd = int.MaxValue;
        Visit(superClass);

        var info = new ClassInfo(Push(ScopeKind.Class, body));
        Classes[node] = info;
        bool hasInstanceElements = false, hasStaticElements = false;
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case MethodDefinition { Key: PrivateIdentifier p } md:
                    // Private names are always captured: the initializer and methods that use them are other functions.
                    scope.Declare("#" + p.Name, BindingKind.ClassInternal).Captured = true;
                    if (!md.Static) hasInstanceElements = true;
                    break;
                case PropertyDefinition pd:
                    if (pd.Key is PrivateIdentifier pk) scope.Declare("#" + pk.Name, BindingKind.ClassInternal).Captured = true;
                    if (pd.Static) hasStaticElements = true; else hasInstanceElements = true;
                    break;
                case StaticBlock:
                    hasStaticElements = true;
                    break;
            }
        }
        if (hasInstanceElements)
        {
            info.InitializerBinding = scope.Declare("%init", BindingKind.ClassInternal);
            info.InitializerBinding.Captured = true; // read by the constructor, always another function
        }

        // Element keys and methods, in order, in the class body scope.
        int computedKeys = 0;
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case MethodDefinition md:
                    if (md.Computed) Visit(md.Key);
                    VisitFunction(md.Value, md.Value);
                    break;
                case PropertyDefinition { Computed: true } pd:
                    Visit(pd.Key);
                    var key = scope.Declare("%key" + computedKeys++, BindingKind.ClassInternal);
                    key.Captured = true; // read by an initializer function
                    info.ComputedKeys[pd] = key;
                    break;
            }
        }
        if (hasInstanceElements) info.InstanceInitializer = VisitInitializer(body, info, isStatic: false);
        if (hasStaticElements) info.StaticInitializer = VisitInitializer(body, info, isStatic: true);
        Pop();
        Pop();
    }

    /// <summary>Declares a synthetic method whose body is the class's field initializers (and, for the
    /// static one, calls of the static blocks, which are methods nested in it).</summary>
    private FunctionExpression VisitInitializer(ClassBody body, ClassInfo info, bool isStatic)
    {
        // The parser marks a direct-eval candidate on every enclosing function, not on these synthetic
        // ones: inherit the mark from the function evaluating the class (conservative).
        var flags = SyntheticMethod | (scope.Function.Flags & FunctionFlags.UsesEval);
        var fn = new FunctionExpression(body.Span, null, ImmutableArray<Node>.Empty,
            new BlockStatement(body.Span, ImmutableArray<Statement>.Empty), flags);
        var outer = scope;
        var fi = new FunctionInfo(fn, scope.Function, fn.Flags);
        Functions[fn] = fi;
        scope = fi.Scope = new Scope(ScopeKind.Function, outer, fi);
        Scopes[fn] = scope;
        scope.Declare("this", BindingKind.This);
        scope.Declare("new.target", BindingKind.NewTarget);
        foreach (var element in body.Body)
        {
            switch (element)
            {
                case PropertyDefinition pd when pd.Static == isStatic:
                    Visit(pd.Value);
                    break;
                case StaticBlock sb when isStatic:
                {
                    var block = new FunctionExpression(sb.Span, null, ImmutableArray<Node>.Empty, new BlockStatement(sb.Span, sb.Body), flags);
                    info.StaticBlocks[sb] = block;
                    VisitFunction(block, block);
                    break;
                }
            }
        }
        scope = outer;
        return fn;
    }
}
