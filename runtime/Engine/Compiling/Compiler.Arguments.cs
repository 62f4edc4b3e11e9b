using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Compiling;

internal sealed partial class FunctionEmitter
{
    /// <summary>§10.2.11 step 22: sloppy functions with simple parameter lists get a mapped arguments object.</summary>
    private bool NeedsMappedArguments(IFunctionNode fn, int paramCount)
        => !info.IsStrict && paramCount > 0 && (fn.Flags & FunctionFlags.SimpleParameterList) != 0;

    /// <summary>For each parameter index, the register of its Cell; -1 when a later parameter has the same name (§10.4.4.7 step 17).</summary>
    private int[] MappedParameterRegisters(IFunctionNode fn, int paramCount)
    {
        var registers = new int[paramCount];
        for (int i = 0; i < paramCount; i++)
        {
            var binding = fn.Params[i] is Identifier id ? info.Scope.Bindings[id.Name] : null;
            registers[i] = binding != null && binding.Register == i && binding.Captured ? i : -1;
        }
        return registers;
    }
}
