using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>Evaluating a block-level function declaration: Annex B.3.2 copies the block's function to
    /// its var binding; B.3.3 `if (x) function f() {}` first creates it in its implicit block.</summary>
    private void EmitBlockFunctionDeclaration(FunctionDeclaration fd)
    {
        Scope? implicitBlock = null;
        if (analysis.IfFunctionScopes.TryGetValue(fd, out var s))
        {
            implicitBlock = s;
            EnterScope(s);
            HoistBlockFunctions([fd]);
        }
        if (analysis.AnnexBFunctions.TryGetValue(fd, out var target))
        {
            Position(fd);
            EmitLoad(fd.Id!.Name, fd);
            if (target.Kind == BindingKind.EvalVars)
            {
                EmitLoad(target, fd);
                b.Emit(Op.SetBinding, Name(fd.Id!.Name));
            }
            else EmitStore(target, fd, init: true);
        }
        if (implicitBlock != null) ExitScope(implicitBlock);
    }
}
