using System.Collections.Generic;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

/// <summary>
/// First compiler pass: builds the scope tree (functions, blocks, catch clauses, loop heads,
/// switches, class names), declares every binding, and resolves every identifier reference far
/// enough to mark bindings that nested functions capture. The emitter walks the same scopes
/// (looked up by node) and then knows, for every name, whether it is a register, a cell or global.
/// </summary>
public sealed partial class ScopeAnalyzer
{
    public Dictionary<Node, Scope> Scopes { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<Node, FunctionInfo> Functions { get; } = new(ReferenceEqualityComparer.Instance);

    private Scope scope = null!;

    public FunctionInfo AnalyzeScript(Program program)
    {
        var info = AnalyzeScriptPass(program);
        if (!NeedsSecondPass()) return info;
        return AnalyzeScriptPass(program);
    }

    private FunctionInfo AnalyzeScriptPass(Program program)
    {
        var info = new FunctionInfo(null, null, program.Strict ? FunctionFlags.Strict : FunctionFlags.None);
        Functions[program] = info;
        scope = info.Scope = new Scope(ScopeKind.Function, null, info);
        Scopes[program] = scope;
        scope.Declare("this", BindingKind.This);
        foreach (var name in VarNames(program.Body)) scope.Declare(name, BindingKind.Var).IsGlobalObject = true;
        int lexicalIndex = 0;
        foreach (var s in program.Body)
        {
            if (s is FunctionDeclaration fd)
            {
                info.HoistedFunctions.Add(fd);
                scope.Declare(fd.Id!.Name, BindingKind.Function).IsGlobalObject = true;
            }
        }
        foreach (var (id, kind, end) in LexicalDeclarations(program.Body, functionsAreLexical: false))
        {
            var b = scope.Declare(id, kind);
            b.ScriptLexicalIndex = lexicalIndex++;
            b.DeclarationEnd = end;
        }
        DeclareAnnexBInScript(info, program.Body);
        VisitStatements(program.Body);
        return info;
    }

    // ------------------------------------------------------------------ declarations

    /// <summary>VarScopedDeclarations names (ECMA-262 §8.2.7), not entering nested functions.</summary>
    private static List<string> VarNames(IEnumerable<Statement> body)
    {
        var names = new List<string>();
        foreach (var s in body) CollectVars(s, names);
        return names;
    }

    private static void CollectVars(Node? node, List<string> names)
    {
        switch (node)
        {
            case VariableDeclaration { DeclarationKind: VariableKind.Var } v:
                foreach (var d in v.Declarations) BoundNames(d.Id, names);
                break;
            case BlockStatement b: foreach (var s in b.Body) CollectVars(s, names); break;
            case IfStatement i: CollectVars(i.Consequent, names); CollectVars(i.Alternate, names); break;
            case WhileStatement w: CollectVars(w.Body, names); break;
            case DoWhileStatement d: CollectVars(d.Body, names); break;
            case ForStatement f: CollectVars(f.Init, names); CollectVars(f.Body, names); break;
            case ForInStatement f: CollectVars(f.Left, names); CollectVars(f.Body, names); break;
            case ForOfStatement f: CollectVars(f.Left, names); CollectVars(f.Body, names); break;
            case LabeledStatement l: CollectVars(l.Body, names); break;
            case TryStatement t:
                CollectVars(t.Block, names);
                if (t.Handler != null) CollectVars(t.Handler.Body, names);
                CollectVars(t.Finalizer, names);
                break;
            case SwitchStatement sw:
                foreach (var c in sw.Cases) foreach (var s in c.Consequent) CollectVars(s, names);
                break;
            case WithStatement w: CollectVars(w.Body, names); break;
        }
    }

    /// <summary>BoundNames of a binding target (ECMA-262 §8.2.1).</summary>
    public static void BoundNames(Node? target, List<string> names)
    {
        switch (target)
        {
            case Identifier id: names.Add(id.Name); break;
            case ObjectPattern o:
                foreach (var p in o.Properties)
                    BoundNames(p is Property prop ? prop.Value : ((RestElement)p).Argument, names);
                break;
            case ArrayPattern a: foreach (var e in a.Elements) BoundNames(e, names); break;
            case AssignmentPattern ap: BoundNames(ap.Left, names); break;
            case RestElement r: BoundNames(r.Argument, names); break;
        }
    }

    /// <summary>LexicallyScopedDeclarations of a statement list: let/const/class (and block-level functions).</summary>
    private static List<(string, BindingKind, int)> LexicalDeclarations(IEnumerable<Statement> body, bool functionsAreLexical)
    {
        var result = new List<(string, BindingKind, int)>();
        var names = new List<string>();
        foreach (var s in body)
        {
            var stmt = s;
            while (stmt is LabeledStatement l) stmt = l.Body;
            switch (stmt)
            {
                case VariableDeclaration { DeclarationKind: VariableKind.Let or VariableKind.Const or VariableKind.Using or VariableKind.AwaitUsing } v:
                    foreach (var d in v.Declarations)
                    {
                        names.Clear();
                        BoundNames(d.Id, names);
                        foreach (var n in names)
                            result.Add((n, v.DeclarationKind == VariableKind.Let ? BindingKind.Let : BindingKind.Const, d.End));
                    }
                    break;
                case ClassDeclaration { Id: not null } c:
                    result.Add((c.Id.Name, BindingKind.Class, c.End));
                    break;
                case FunctionDeclaration { Id: not null } f when functionsAreLexical:
                    result.Add((f.Id.Name, BindingKind.Let, 0));
                    break;
            }
        }
        return result;
    }

    private void DeclareLexicals(IEnumerable<Statement> body, bool functionsAreLexical, int endAtLeast = 0)
    {
        foreach (var (name, kind, end) in LexicalDeclarations(body, functionsAreLexical))
            scope.Declare(name, kind).DeclarationEnd = System.Math.Max(end, endAtLeast);
    }

    // ------------------------------------------------------------------ references

    private void Reference(string name)
    {
        for (var s = scope; s != null; s = s.Parent)
        {
            if (s.Bindings.TryGetValue(name, out var b))
            {
                if (b.Function != scope.Function) b.Captured = true;
                return;
            }
            // Passing a `with` object or eval-declared vars: the reference checks them at run time.
            if (s.Kind == ScopeKind.With) TouchDynamic(s.Bindings[WithName]);
            else if (s.HasEvalVars) TouchDynamic(s.Bindings[EvalVarsName]);
        }
    }

    private Scope Push(ScopeKind kind, Node node)
    {
        var s = new Scope(kind, scope, scope.Function) { InSwitch = kind == ScopeKind.Switch || scope.InSwitch };
        Scopes[node] = s;
        scope = s;
        return s;
    }

    private void Pop() => scope = scope.Parent!;

    private void VisitStatements(IEnumerable<Statement> body) { foreach (var s in body) Visit(s); }

    private void Visit(Node? node)
    {
        if (node == null) return;
        switch (node)
        {
            case Identifier id: Reference(id.Name); break;
            case Literal or EmptyStatement or DebuggerStatement or Super or TemplateElement: break;
            case PrivateIdentifier p: Reference("#" + p.Name); break;
            case ThisExpression: Reference("this"); break;
            case MetaProperty mp:
                if (mp.Meta.Name == "new") Reference("new.target");
                break;
            case ExpressionStatement e: Visit(e.Expression); break;
            case BlockStatement b:
                Push(ScopeKind.Block, b);
                DeclareLexicals(b.Body, functionsAreLexical: true);
                VisitStatements(b.Body);
                Pop();
                break;
            case VariableDeclaration v:
                // `await using` awaits at the end of its scope: a module with one at top level is async.
                if (v.DeclarationKind == VariableKind.AwaitUsing && scope.Function.IsScript) scope.Function.ContainsAwait = true;
                foreach (var d in v.Declarations) { Visit(d.Id); Visit(d.Init); }
                break;
            case FunctionDeclaration f: VisitFunction(f, f); break;
            case FunctionExpression f: VisitFunction(f, f); break;
            case ArrowFunctionExpression a: VisitFunction(a, a); break;
            case ClassDeclaration c: VisitClass(c, c.Id, c.SuperClass, c.Body); break;
            case ClassExpression c: VisitClass(c, c.Id, c.SuperClass, c.Body); break;
            case ReturnStatement r: Visit(r.Argument); break;
            case IfStatement i: Visit(i.Test); VisitIfClause(i.Consequent); VisitIfClause(i.Alternate); break;
            case WhileStatement w: Visit(w.Test); Visit(w.Body); break;
            case DoWhileStatement d: Visit(d.Body); Visit(d.Test); break;
            case ForStatement f:
                if (f.Init is VariableDeclaration { DeclarationKind: not VariableKind.Var } fv)
                {
                    Push(ScopeKind.For, f);
                    DeclareLexicals([fv], false);
                    Visit(f.Init); Visit(f.Test); Visit(f.Update); Visit(f.Body);
                    Pop();
                }
                else { Visit(f.Init); Visit(f.Test); Visit(f.Update); Visit(f.Body); }
                break;
            case ForInStatement f: VisitForInOf(f, f.Left, f.Right, f.Body); break;
            case ForOfStatement f:
                if (f.Await && scope.Function.IsScript) scope.Function.ContainsAwait = true;
                VisitForInOf(f, f.Left, f.Right, f.Body);
                break;
            case ExportNamedDeclaration e: Visit(e.Declaration); break;
            case ExportDefaultDeclaration e: Visit(e.Declaration); break;
            case LabeledStatement l: Visit(l.Body); break;
            case BreakStatement or ContinueStatement: break;
            case ThrowStatement t: Visit(t.Argument); break;
            case TryStatement t:
                Visit(t.Block);
                if (t.Handler != null)
                {
                    Push(ScopeKind.Catch, t.Handler);
                    var names = new List<string>();
                    BoundNames(t.Handler.Param, names);
                    foreach (var n in names) scope.Declare(n, BindingKind.CatchParam);
                    Visit(t.Handler.Param);
                    Visit(t.Handler.Body);
                    Pop();
                }
                Visit(t.Finalizer);
                break;
            case SwitchStatement sw:
                Visit(sw.Discriminant);
                Push(ScopeKind.Switch, sw);
                var all = new List<Statement>();
                foreach (var c in sw.Cases) all.AddRange(c.Consequent);
                DeclareLexicals(all, functionsAreLexical: true);
                foreach (var c in sw.Cases) { Visit(c.Test); VisitStatements(c.Consequent); }
                Pop();
                break;
            case WithStatement w:
                Visit(w.Object);
                Push(ScopeKind.With, w);
                scope.Declare(WithName, BindingKind.WithObject);
                Visit(w.Body);
                Pop();
                break;
            case ArrayExpression a: foreach (var e in a.Elements) Visit(e); break;
            case ObjectExpression o: foreach (var p in o.Properties) Visit(p); break;
            case Property p:
                if (p.Computed) Visit(p.Key);
                Visit(p.Value);
                break;
            case SpreadElement s: Visit(s.Argument); break;
            case UnaryExpression u: Visit(u.Argument); break;
            case UpdateExpression u: Visit(u.Argument); break;
            case BinaryExpression b: Visit(b.Left); Visit(b.Right); break;
            case LogicalExpression l: Visit(l.Left); Visit(l.Right); break;
            case AssignmentExpression a: Visit(a.Left); Visit(a.Right); break;
            case ConditionalExpression c: Visit(c.Test); Visit(c.Consequent); Visit(c.Alternate); break;
            case CallExpression c:
                if (c.Callee is Super) { Reference("this"); Reference("new.target"); }
                if (c.IsDirectEvalCandidate) OnDirectEval();
                Visit(c.Callee);
                foreach (var a in c.Arguments) Visit(a);
                break;
            case NewExpression n: Visit(n.Callee); foreach (var a in n.Arguments) Visit(a); break;
            case MemberExpression m:
                if (m.Object is Super) Reference("this");
                Visit(m.Object);
                if (m.Computed || m.Property is PrivateIdentifier) Visit(m.Property);
                break;
            case ChainExpression c: Visit(c.Expression); break;
            case SequenceExpression s: foreach (var e in s.Expressions) Visit(e); break;
            case YieldExpression y: Visit(y.Argument); break;
            case AwaitExpression a:
                if (scope.Function.IsScript) scope.Function.ContainsAwait = true;
                Visit(a.Argument);
                break;
            case TemplateLiteral t: foreach (var e in t.Expressions) Visit(e); break;
            case TaggedTemplateExpression t: Visit(t.Tag); Visit(t.Quasi); break;
            case ImportExpression i: Visit(i.Source); Visit(i.Options); break;
            case ObjectPattern o: foreach (var p in o.Properties) Visit(p); break;
            case ArrayPattern a: foreach (var e in a.Elements) Visit(e); break;
            case AssignmentPattern ap: Visit(ap.Left); Visit(ap.Right); break;
            case RestElement r: Visit(r.Argument); break;
            case MethodDefinition md:
                if (md.Computed) Visit(md.Key);
                VisitFunction(md.Value, md.Value);
                break;
            case PropertyDefinition pd:
                if (pd.Computed) Visit(pd.Key);
                Visit(pd.Value);
                break;
            case StaticBlock sb: VisitStatements(sb.Body); break;
            case ClassBody cb: foreach (var e in cb.Body) Visit(e); break;
        }
    }

    private void VisitForInOf(Statement node, Node left, Expression right, Statement body)
    {
        if (left is VariableDeclaration { DeclarationKind: not VariableKind.Var } v)
        {
            // The head's TDZ scope also covers the right-hand side (ECMA-262 §14.7.5.6 ForIn/OfHeadEvaluation).
            Push(ScopeKind.For, node);
            // The binding is initialized only after the right-hand side ran: uses there keep their TDZ check.
            DeclareLexicals([v], false, right.End);
            Visit(right);
            Visit(left);
            Visit(body);
            Pop();
        }
        else { Visit(left); Visit(right); Visit(body); }
    }

    private void VisitFunction(Node node, IFunctionNode fn)
    {
        var outer = scope;
        var info = new FunctionInfo(fn, scope.Function, fn.Flags);
        Functions[node] = info;
        scope = info.Scope = new Scope(ScopeKind.Function, outer, info) { IsVarScope = true };
        Scopes[node] = scope;
        var names = new List<string>();
        foreach (var p in fn.Params) BoundNames(p, names);
        foreach (var n in names) scope.Declare(n, BindingKind.Param);
        if (!info.IsArrow)
        {
            scope.Declare("this", BindingKind.This);
            scope.Declare("new.target", BindingKind.NewTarget);
        }
        var body = fn.Body as BlockStatement;
        if (body != null)
        {
            foreach (var n in VarNames(body.Body)) scope.Declare(n, BindingKind.Var);
            foreach (var s in body.Body)
            {
                var stmt = s;
                while (stmt is LabeledStatement l) stmt = l.Body;
                if (stmt is FunctionDeclaration fd)
                {
                    info.HoistedFunctions.Add(fd);
                    scope.Declare(fd.Id!.Name, BindingKind.Function);
                }
            }
            DeclareLexicals(body.Body, functionsAreLexical: false);
            DeclareAnnexBInFunction(info, body.Body);
        }
        if (!info.IsArrow && (fn.Flags & FunctionFlags.UsesArguments) != 0 && !scope.Bindings.ContainsKey("arguments"))
        {
            scope.Declare("arguments", BindingKind.Arguments);
            // §10.4.4.7 mapped arguments alias the parameters: they live in cells.
            if (!info.IsStrict && (fn.Flags & FunctionFlags.SimpleParameterList) != 0)
                foreach (var b in scope.Ordered) if (b.Kind == BindingKind.Param) b.Captured = true;
        }
        if (node is FunctionExpression { Id: not null } fe && !scope.Bindings.ContainsKey(fe.Id.Name))
            scope.Declare(fe.Id.Name, BindingKind.FunctionName);
        if (!info.IsStrict && evalCallers.Contains(node)) scope.Declare(EvalVarsName, BindingKind.EvalVars);
        foreach (var p in fn.Params) Visit(p);
        if (body != null) VisitStatements(body.Body);
        else Visit(fn.Body);
        scope = outer;
    }
}
